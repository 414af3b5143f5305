import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { buildScene } from '../scene/buildScene';
import { HEADER, ROW } from '../scene/metrics';
import { connectArgs, dragMoves, nextSelection, withDragChanges } from './fromFlow';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [
    { id: 'esx1', vmkernels: [{ id: 'esx1-vmk0' }] },
    { id: 'esx2', kind: 'workstation' },
  ],
  switches: [{ id: 'vss0', type: 'standard', host: 'esx1' }],
  vms: [{ id: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0' }] }],
  layout: { esx1: { x: 0, y: 0 }, esx2: { x: 1000, y: 0 } },
};
const scene = buildScene(design);

describe('withDragChanges', () => {
  it('collects the positions of moving nodes and ignores the rest', () => {
    const start = {};
    expect(withDragChanges(start, [{ type: 'select', id: 'esx1', selected: true }])).toBe(start);
    expect(
      withDragChanges(start, [
        { type: 'position', id: 'esx1', position: { x: 5, y: 6 }, dragging: true },
        { type: 'position', id: 'esx2', dragging: false },
      ]),
    ).toEqual({ esx1: { x: 5, y: 6 } });
  });
});

describe('nextSelection', () => {
  const onCanvas = (id: string) => id !== 'flow-1';

  it('adds and removes the selected nodes and the elements behind selected edges', () => {
    expect(
      nextSelection(
        ['esx1', 'flow-1'],
        [
          { type: 'select', id: 'esx1', selected: false },
          { type: 'select', id: 'web-01', selected: true },
        ],
        [
          { type: 'select', id: 'nic:web-01-n0', selected: true },
          { type: 'select', id: 'uplink:vss0:esx1:vmnic0', selected: true },
          { type: 'select', id: 'cable:c1', selected: true },
        ],
        onCanvas,
      ),
    ).toEqual(['web-01', 'web-01-n0', 'vss0', 'c1']);
  });

  it('says nothing when no selection changed', () => {
    expect(nextSelection(['esx1'], [{ type: 'position', id: 'esx1' }], [], onCanvas)).toBeNull();
  });
});

describe('dragMoves', () => {
  it('commits top-level nodes at their rounded positions', () => {
    expect(dragMoves(design, scene, { esx1: { x: 10.6, y: -3.2 } })).toEqual([{ id: 'esx1', x: 11, y: -3 }]);
  });

  it('keeps a child inside its host, below the header and VMkernel rows', () => {
    expect(dragMoves(design, scene, { vss0: { x: -40, y: 2 } })).toEqual([
      { id: 'vss0', x: 0, y: HEADER + ROW },
    ]);
  });

  it('moves a VM whose centre lands in another host, relative to that host', () => {
    const moves = dragMoves(design, scene, { 'web-01': { x: 1010, y: 50 } });
    expect(moves).toEqual([{ id: 'web-01', x: 10, y: 50, host: 'esx2' }]);
  });

  it('keeps a VM dropped outside every host in its own host', () => {
    expect(dragMoves(design, scene, { 'web-01': { x: 600, y: 60 } })).toEqual([
      { id: 'web-01', x: 600, y: 60 },
    ]);
  });
});

describe('connectArgs', () => {
  it('needs both handles', () => {
    expect(connectArgs({ source: 'a', sourceHandle: 'x', target: 'b', targetHandle: null })).toBeNull();
    expect(connectArgs({ source: 'a', sourceHandle: 'x', target: 'b', targetHandle: 'y' })).toEqual({
      source: { node: 'a', handle: 'x' },
      target: { node: 'b', handle: 'y' },
    });
  });
});
