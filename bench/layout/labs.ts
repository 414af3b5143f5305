// RVTools exports of a given number of hosts and VMs, for the layout bench and
// the layout tests: the generator's large lab (50 VMs a host) cut down to
// `vms` VMs spread evenly over `hosts` hosts.
import { V4 } from '../../test/fixtures/rvtools/dialects';
import { exportFiles } from '../../test/fixtures/rvtools/generate';
import { largeLab, type Lab } from '../../test/fixtures/rvtools/lab';
import type { InputFile } from '../../src/io/import/index';

export function sizedLab(hosts: number, vms: number): Lab {
  const lab = largeLab(hosts * 50);
  const hostNames = [...new Set(lab.vSwitch.map((row) => String(row.host)))];
  const hostOf = new Map(lab.vInfo.slice(0, vms).map((row, i) => [row.vmId, hostNames[i % hosts]]));
  return {
    ...lab,
    vInfo: lab.vInfo.slice(0, vms).map((row) => ({ ...row, host: hostOf.get(row.vmId) ?? '' })),
    vNetwork: lab.vNetwork
      .filter((row) => hostOf.has(row.vmId))
      .map((row) => ({ ...row, host: hostOf.get(row.vmId) ?? '' })),
  };
}

/** The lab as the set of RVTools CSV files an import reads. */
export function csvExport(lab: Lab): InputFile[] {
  return [...exportFiles(lab, V4)]
    .filter(([path]) => path.endsWith('.csv'))
    .map(([path, bytes]) => ({ name: path.split('/').pop() ?? path, bytes }));
}
