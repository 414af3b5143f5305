import { describe, expect, it } from 'vitest';
import type { Design } from '../types';
import type { CommandResult } from './command';
import { runOn, twoHosts } from './fixtures/twoHosts';
import { moveNodes, setHostCollapsed } from './setLayout';

const design = twoHosts;
const run = <A>(command: { run: (doc: Design, args: A) => CommandResult }, args: A) =>
  runOn(design, command, args);

describe('moveNodes', () => {
  it('saves every moved position, rounded, keeping the rest of each layout entry', () => {
    const doc = run(moveNodes, {
      moves: [
        { id: 'esx1', x: 100.4, y: -20.5 },
        { id: 'web-01', x: 15, y: 60 },
      ],
    });
    expect(doc.layout).toEqual({ esx1: { x: 100, y: -20 }, 'web-01': { x: 15, y: 60, w: 230 } });
  });

  it('moves a VM to another host in the same step', () => {
    const doc = run(moveNodes, {
      moves: [
        { id: 'web-02', x: 20, y: 44, host: 'esx2' },
        { id: 'esx1', x: 5, y: 5 },
      ],
    });
    expect(doc.vms?.[1]?.host).toBe('esx2');
    expect(doc.layout).toMatchObject({ 'web-02': { x: 20, y: 44 }, esx1: { x: 5, y: 5 } });
  });

  it('pins the nodes drawn at their default place, and moves a pinned node as asked', () => {
    const doc = run(moveNodes, {
      moves: [{ id: 'web-02', x: 15, y: 60 }],
      pins: { esx1: { x: 1, y: 1 }, esx2: { x: 340, y: 0 } },
    });
    expect(doc.layout).toMatchObject({
      esx1: { x: 0, y: 0 },
      esx2: { x: 340, y: 0 },
      'web-02': { x: 15, y: 60 },
    });
    const pinnedThenMoved = moveNodes.run(design, {
      moves: [{ id: 'esx2', x: 5, y: 6 }],
      pins: { esx2: { x: 340, y: 0 } },
    });
    expect(pinnedThenMoved.ok && pinnedThenMoved.doc.layout?.esx2).toEqual({ x: 5, y: 6 });
  });

  it('refuses the whole move when one part is refused', () => {
    const result = moveNodes.run(design, { moves: [{ id: 'web-02', x: 0, y: 0, host: 'nope' }] });
    expect(result.ok).toBe(false);
  });
});

describe('setHostCollapsed', () => {
  it('collapses and expands a host, keeping its position', () => {
    const collapsed = run(setHostCollapsed, { host: 'esx1', collapsed: true });
    expect(collapsed.layout?.esx1).toEqual({ x: 0, y: 0, collapsed: true });
    const expanded = setHostCollapsed.run(collapsed, { host: 'esx1', collapsed: false });
    expect(expanded.ok && expanded.doc.layout?.esx1).toEqual({ x: 0, y: 0 });
  });

  it('pins a host drawn at its default place before collapsing it', () => {
    const doc = run(setHostCollapsed, { host: 'esx2', collapsed: true, pins: { esx2: { x: 340, y: 0 } } });
    expect(doc.layout?.esx2).toEqual({ x: 340, y: 0, collapsed: true });
  });

  it('changes nothing when the host is already in that state', () => {
    const result = setHostCollapsed.run(design, { host: 'esx1', collapsed: false });
    expect(result.ok && result.doc).toBe(design);
  });
});
