import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { buildScene } from '../scene/buildScene';
import { COLUMN_GAP, ROW_GAP } from '../scene/metrics';
import { arrangeTopLevel } from './arrangeTopLevel';
import { topPositions } from './fromElk';
import { hostRows } from './hostRows';

const hosts = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `esx${i + 1}` }));

describe('hostRows', () => {
  it('keeps a few hosts in one row, however tall they are', () => {
    const tall = hosts(4).map((h) => ({ ...h, w: 300, h: 5000 }));
    expect(hostRows(tall)).toEqual([tall]);
  });

  it('wraps many hosts into rows of about equal width, in the given order', () => {
    const many = hosts(100).map((h) => ({ ...h, w: 300, h: 200 }));
    const rows = hostRows(many);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.flat()).toEqual(many);
    const widths = rows.slice(0, -1).map((r) => r.length);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
  });
});

describe('arrangeTopLevel', () => {
  it('keeps ELK’s positions when the hosts fit in one row', () => {
    const doc: Design = { format: 'vnet-design', version: 1, hosts: hosts(3) };
    const placed = new Map([
      ['esx1', { x: 0, y: 0 }],
      ['esx2', { x: 400, y: 10 }],
      ['esx3', { x: 900, y: 0 }],
    ]);
    expect(arrangeTopLevel(buildScene(doc), placed)).toEqual(placed);
  });

  it('wraps many hosts into rows in ELK’s order, between the routers and the switches', () => {
    const doc: Design = {
      format: 'vnet-design',
      version: 1,
      hosts: hosts(30),
      switches: [
        { id: 'dvs-b', type: 'distributed' },
        { id: 'dvs-a', type: 'distributed' },
      ],
      physicalSwitches: [{ id: 'tor' }],
      routers: [{ id: 'gw' }],
    };
    const scene = buildScene(doc);
    // ELK put the hosts in reverse order and dvs-a left of dvs-b.
    const placed = new Map(scene.nodes.map((n, i) => [n.id, { x: -i * 10, y: 0 }]));
    const arranged = arrangeTopLevel(scene, placed);
    const byRow = new Map<number, string[]>();
    for (const [id, p] of arranged) byRow.set(p.y, [...(byRow.get(p.y) ?? []), id]);
    const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids);
    expect(rows[0]).toEqual(['gw']);
    expect(rows.slice(1, -2).flat()).toEqual(
      hosts(30)
        .map((h) => h.id)
        .reverse(),
    );
    expect(rows.at(-2)).toEqual(['dvs-a', 'dvs-b']);
    expect(rows.at(-1)).toEqual(['tor']);
    const router = scene.nodes.find((n) => n.id === 'gw')!;
    expect(arranged.get('esx30')).toEqual({ x: 0, y: router.h + ROW_GAP });
    const host = scene.nodes.find((n) => n.id === 'esx30')!;
    expect(arranged.get('esx29')).toEqual({ x: host.w + COLUMN_GAP, y: router.h + ROW_GAP });
  });
});

describe('topPositions', () => {
  it('rounds ELK’s positions and moves the drawing to start at (0, 0)', () => {
    const result = {
      id: 'top',
      children: [
        { id: 'a', x: 12.4, y: 12 },
        { id: 'b', x: 300.6, y: 140.2 },
      ],
    };
    expect(topPositions(result)).toEqual(
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 288, y: 128 }],
      ]),
    );
  });
});
