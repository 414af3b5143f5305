// npx tsx bench/layout/run.ts [--runs N]
// How long the automatic layout takes on imported designs of three sizes:
// S (4 hosts, 100 VMs), M (20, 500), L (100, 5000). ELK runs in this thread,
// as it does in the layout worker. Prints wall-clock and CPU time; on a busy
// machine the CPU time is the steadier of the two.
import { autoLayout } from '../../src/layout/autoLayout';
import { createElkRunner } from '../../src/layout/elkRunner';
import { importInventory } from '../../src/io/import/index';
import { csvExport, sizedLab } from './labs';

const SIZES = [
  { name: 'S', hosts: 4, vms: 100 },
  { name: 'M', hosts: 20, vms: 500 },
  { name: 'L', hosts: 100, vms: 5000 },
];

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const runElk = createElkRunner();
let graphSize = '';
const timedElk: typeof runElk = async (graph) => {
  graphSize = `${graph.children?.length ?? 0}/${graph.edges?.length ?? 0}`;
  const cpu = cpuMs();
  const result = await runElk(graph);
  elkCpu += cpuMs() - cpu;
  return result;
};
let elkCpu = 0;

console.log(`runs per size: ${runs} (the first, which warms ELK up, is not counted)`);
console.log('size  hosts    VMs  nodes  ELK nodes/edges  ELK wall ms  ELK CPU ms  layout wall ms');
for (const size of SIZES) {
  const imported = importInventory(csvExport(sizedLab(size.hosts, size.vms)));
  if (!imported.ok) throw new Error(`${size.name}: ${imported.error.message}`);
  const doc = imported.design;
  const samples: { elk: number; cpu: number; total: number }[] = [];
  let nodes = 0;
  for (let run = 0; run <= runs; run++) {
    elkCpu = 0;
    const started = performance.now();
    const result = await autoLayout(doc, timedElk);
    const total = performance.now() - started;
    nodes = result.positions.size;
    if (run > 0) samples.push({ elk: result.timings.elkMs, cpu: elkCpu, total });
  }
  const row = [
    size.name.padEnd(4),
    String(size.hosts).padStart(5),
    String(size.vms).padStart(6),
    String(nodes).padStart(6),
    graphSize.padStart(16),
    median(samples.map((s) => s.elk))
      .toFixed(0)
      .padStart(12),
    median(samples.map((s) => s.cpu))
      .toFixed(0)
      .padStart(11),
    median(samples.map((s) => s.total))
      .toFixed(0)
      .padStart(15),
  ];
  console.log(row.join(' '));
}
