// The order of a host's VMs and switches. A host's contents are a two-column
// picture: VMs on the left, their switches on the right, the distributed
// switches below. Putting each VM next to the port groups it joins is
// one-sided crossing minimisation, and the barycenter heuristic is the step
// ELK's layered algorithm repeats for it. It runs here directly: ELK on one
// host of 50 VMs took 0.25 to 1 s of CPU (elkjs 0.12, a busy 2-core machine),
// so a 100-host import would have waited tens of seconds for this part alone.
import type { Scene, SceneNode } from '../scene/types';
import { portId } from './elkPorts';

export interface HostContents {
  vms: string[];
  /** Standard switches and desktop networks. */
  switches: string[];
}

/**
 * Where each handle a VM can reach sits along the host's right-hand side, top to bottom: the
 * host's own switches in document order, then the distributed switches' and routers' handles.
 */
function handleRanks(scene: Scene): Map<string, number> {
  const rank = new Map<string, number>();
  const children = scene.nodes.filter((n) => n.parent && n.kind !== 'vm');
  const rest = scene.nodes.filter((n) => !n.parent);
  for (const node of [...children, ...rest])
    for (const h of node.handles) rank.set(portId(node.id, h.id), rank.size);
  return rank;
}

/** For every host, its VMs sorted by the mean rank of the handles their adapters reach. */
export function hostContents(scene: Scene): Map<string, HostContents> {
  const rank = handleRanks(scene);
  const reach = new Map<string, number[]>();
  for (const edge of scene.edges) {
    const ranks = reach.get(edge.source) ?? [];
    const r = rank.get(portId(edge.target, edge.targetHandle));
    if (r !== undefined) ranks.push(r);
    reach.set(edge.source, ranks);
  }
  const contents = new Map<string, HostContents>();
  const vmsOf = new Map<string, SceneNode[]>();
  for (const node of scene.nodes) {
    if (node.kind === 'host') contents.set(node.id, { vms: [], switches: [] });
    else if (node.parent && node.kind === 'vm') {
      const list = vmsOf.get(node.parent) ?? [];
      list.push(node);
      vmsOf.set(node.parent, list);
    } else if (node.parent) contents.get(node.parent)?.switches.push(node.id);
  }
  for (const [host, vms] of vmsOf) {
    // A VM with no links keeps its place after the others; ties keep document order (the sort is stable).
    const key = (vm: SceneNode) => {
      const ranks = reach.get(vm.id) ?? [];
      return ranks.length === 0 ? Infinity : ranks.reduce((a, b) => a + b, 0) / ranks.length;
    };
    const keyed = vms.map((vm) => ({ id: vm.id, key: key(vm) }));
    keyed.sort((a, b) => a.key - b.key);
    const entry = contents.get(host);
    if (entry) entry.vms = keyed.map((k) => k.id);
  }
  return contents;
}
