// What clicking a problem selects and zooms to. A problem names elements
// (MODEL.md 2.5) and sometimes ports; the canvas draws only some of them as
// nodes: an adapter is a row of its VM, a port group a chip of its switch, a
// cable the two nodes it joins. Elements a desktop network generates (2.6,
// `vmnet8.nat`...) stand for that network.
import { indexDesign, type IndexedElement } from '../../model/elementIndex';
import type { Design } from '../../model/types';
import type { Scene } from '../../scene/types';

export interface ProblemTargets {
  /** Ids of the document to select: the problem's elements that exist in it. */
  select: string[];
  /** Ids of the canvas nodes that draw them, to zoom to. */
  nodes: string[];
}

const GENERATED = /^(.+)\.(host|nat|nat-in|nat-out|dhcp|dhcp-if)$/;

const portOwner = (ref: string): string => ref.slice(0, ref.indexOf(':'));

/** The ids whose nodes draw an element (before collapsed hosts are taken into account). */
function drawnBy(entry: IndexedElement): string[] {
  switch (entry.kind) {
    case 'host':
    case 'vm':
    case 'switch':
    case 'physicalSwitch':
    case 'router':
      return [entry.id];
    case 'vmkernel':
      return [entry.host.id];
    case 'vmNic':
      return [entry.vm.id];
    case 'routerInterface':
    case 'gatewayRule':
      return [entry.router.id];
    case 'portGroup':
      return [entry.el.switch];
    case 'cable':
      return [portOwner(entry.el.a), portOwner(entry.el.b)];
    case 'rule':
    case 'flow':
      return [];
  }
}

/** The desktop network behind a generated id such as `vmnet8.nat-out`. */
function generatedBy(index: ReadonlyMap<string, IndexedElement>, id: string): IndexedElement | undefined {
  const network = index.get(GENERATED.exec(id)?.[1] ?? '');
  return network?.kind === 'switch' ? network : undefined;
}

export function problemTargets(
  doc: Design,
  scene: Scene,
  problem: { elements: readonly string[]; ports?: readonly string[] },
): ProblemTargets {
  const index = indexDesign(doc);
  const sceneNodes = new Map(scene.nodes.map((node) => [node.id, node]));
  const select = new Set<string>();
  const nodes = new Set<string>();
  const draw = (id: string) => {
    const node = sceneNodes.get(id);
    // A collapsed host shows its hidden VMs and switches as a summary: zoom to the host.
    if (node) nodes.add(node.hidden && node.parent ? node.parent : node.id);
  };
  for (const id of problem.elements) {
    const entry = index.get(id) ?? generatedBy(index, id);
    if (!entry) continue;
    select.add(entry.id);
    drawnBy(entry).forEach(draw);
  }
  for (const ref of problem.ports ?? []) draw(portOwner(ref));
  return { select: [...select], nodes: [...nodes] };
}
