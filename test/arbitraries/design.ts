// fast-check arbitraries of random VALID design documents (MODEL.md section 1):
// a few hosts, switches, port groups, VMs, physical switches, routers, rules
// and flows, drawn from small pools so that interesting collisions happen.
import fc from 'fast-check';
import { listElements } from '../../src/model/elementIndex';
import type { Design, Layout } from '../../src/model/types';
import { firewall, flows, layout, selectorPool } from './policy';
import type { GenValue } from './random';
import { randFrom } from './random';
import { routers } from './routers';
import { topology } from './topology';
import { addVmkernels, vms } from './workloads';

export function buildDesign(g: GenValue): Design {
  const r = randFrom(g);
  const tidy = r.chance(50);
  const t = topology(r, tidy);
  addVmkernels(r, t.hosts, t.portGroups, t.switches);
  const doc: Design = {
    format: 'vnet-design',
    version: 1,
    ...(r.chance(50) ? { name: r.pick(['lab', 'Zahlungsverkehr – Testnetz', '']) } : {}),
    hosts: t.hosts,
    switches: t.switches,
    portGroups: t.portGroups,
    vms: vms(r, t.hosts, t.portGroups, t.switches, tidy),
    physicalSwitches: t.physicalSwitches,
    cables: t.cables,
  };
  doc.routers = routers(r, t.portGroups, t.switches, t.physicalSwitches, selectorPool(doc));
  doc.firewall = firewall(r, doc);
  doc.flows = flows(r, doc);
  doc.layout = layout(
    r,
    listElements(doc).map((e) => e.id),
  );
  return doc;
}

/** A random valid design. */
export const designArbitrary: fc.Arbitrary<Design> = fc.gen().map(buildDesign);

/** A random layout for the ids of `doc`: results must not depend on it. */
export function layoutArbitrary(doc: Design): fc.Arbitrary<Layout> {
  return fc.gen().map((g) =>
    layout(
      randFrom(g),
      listElements(doc).map((e) => e.id),
    ),
  );
}
