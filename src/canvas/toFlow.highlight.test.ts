// The highlighted flow path (src/panels/trace): marked edges and the node
// where the flow stopped, without new objects for anything else.
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { buildScene } from '../scene/buildScene';
import { createFlowMapper, toFlow, type FlowInput, type PathOnCanvas } from './toFlow';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [{ id: 'esx1', nics: [{ name: 'vmnic0' }] }],
  switches: [{ id: 'vss0', type: 'standard', host: 'esx1', uplinks: [{ nic: 'vmnic0' }] }],
  portGroups: [{ id: 'pg-web', switch: 'vss0' }],
  vms: [
    { id: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0', network: 'pg-web' }] },
    { id: 'web-02', host: 'esx1', nics: [{ id: 'web-02-n0', network: 'pg-web' }] },
  ],
  physicalSwitches: [{ id: 'tor1', ports: [{ name: 'Eth1/1' }] }],
  cables: [{ id: 'c1', a: 'esx1:vmnic0', b: 'tor1:Eth1/1' }],
};

const scene = buildScene(design);
const base: FlowInput = {
  doc: design,
  scene,
  selection: new Set(),
  linkStatuses: { 'cable:c1': 'unreachable' },
};

const stoppedAtTor: PathOnCanvas = {
  links: new Set(['nic:web-01-n0', 'uplink:vss0:esx1:vmnic0', 'cable:c1']),
  stopLink: 'cable:c1',
  stopNode: 'tor1',
  delivered: false,
};

describe('toFlow: a highlighted path', () => {
  it('marks the crossed edges and the one it stopped at, keeping their status', () => {
    const { edges } = toFlow({ ...base, path: stoppedAtTor });
    const marks = Object.fromEntries(edges.map((e) => [e.id, e.data?.path]));
    expect(marks).toEqual({
      'nic:web-01-n0': 'crossed',
      'nic:web-02-n0': undefined,
      'uplink:vss0:esx1:vmnic0': 'crossed',
      'cable:c1': 'stop',
    });
    expect(edges.find((e) => e.id === 'cable:c1')?.data).toEqual({ status: 'unreachable', path: 'stop' });
  });

  it('gives the stop node a class that says whether the flow was delivered', () => {
    const dropped = toFlow({ ...base, path: stoppedAtTor }).nodes;
    expect(dropped.find((n) => n.id === 'tor1')?.className).toBe('vnet-path-end is-dropped');
    expect(dropped.filter((n) => n.className).map((n) => n.id)).toEqual(['tor1']);
    const delivered = { ...stoppedAtTor, stopLink: null, stopNode: 'web-02', delivered: true };
    const nodes = toFlow({ ...base, path: delivered }).nodes;
    expect(nodes.find((n) => n.id === 'web-02')?.className).toBe('vnet-path-end is-delivered');
  });

  it('renews only the marked edges and the stop nodes when the highlight comes and goes', () => {
    const map = createFlowMapper();
    const plain = map(base);
    const lit = map({ ...base, path: stoppedAtTor });
    const changedNodes = lit.nodes.filter((n, i) => n !== plain.nodes[i]).map((n) => n.id);
    expect(changedNodes).toEqual(['tor1']);
    const changedEdges = lit.edges.filter((e, i) => e !== plain.edges[i]).map((e) => e.id);
    expect(changedEdges.sort()).toEqual(['cable:c1', 'nic:web-01-n0', 'uplink:vss0:esx1:vmnic0']);

    const other = map({ ...base, path: { ...stoppedAtTor, stopNode: 'web-01' } });
    expect(
      other.nodes
        .filter((n, i) => n !== lit.nodes[i])
        .map((n) => n.id)
        .sort(),
    ).toEqual(['tor1', 'web-01']);

    const cleared = map({ ...base, path: null });
    expect(cleared).toEqual(toFlow(base));
    expect(cleared.nodes.find((n) => n.id === 'web-01')?.className).toBeUndefined();
  });
});
