import { describe, expect, it } from 'vitest';
import { addElement } from '../model/commands/addElement';
import type { Design } from '../model/types';
import { validateDesign } from '../model/validate';
import { buildScene } from '../scene/buildScene';
import { HEADER, PAD } from '../scene/metrics';
import { pinsFor, planClickAdd, planDrop } from './paletteDrop';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [
    { id: 'esx1', name: 'esxi-01', nics: [{ name: 'vmnic0' }] },
    { id: 'ws1', name: 'laptop', kind: 'workstation' },
  ],
  switches: [{ id: 'vss0', type: 'standard', host: 'esx1' }],
  vms: [{ id: 'web-01', host: 'esx1' }],
  layout: { esx1: { x: 100, y: 100 } },
};
const scene = buildScene(design);
const node = (id: string) => scene.nodes.find((n) => n.id === id)!;

describe('planDrop', () => {
  it('drops a VM into the host under the pointer, relative to it', () => {
    const host = node('esx1');
    const point = { x: host.absX + 40, y: host.absY + host.h - 40 };
    const args = planDrop(design, scene, 'vm', point);
    expect(args).toMatchObject({
      kind: 'vm',
      host: 'esx1',
      at: { x: 40 - PAD, y: host.h - 40 - HEADER / 2 },
    });
    const result = addElement.run(design, args);
    expect(result.ok && validateDesign(result.doc).ok).toBe(true);
  });

  it('leaves the host out when the pointer is on no host, so the command refuses', () => {
    const args = planDrop(design, scene, 'segment', { x: -500, y: -500 });
    expect(args.host).toBeUndefined();
    expect(addElement.run(design, args)).toMatchObject({ ok: false });
  });

  it('puts top-level elements at the pointer, even over a host', () => {
    const host = node('esx1');
    expect(planDrop(design, scene, 'router', { x: host.absX + 50, y: host.absY + 50 })).toMatchObject({
      at: { x: host.absX + 50 - PAD, y: host.absY + 50 - HEADER / 2 },
    });
  });

  it('drops a port group onto the switch under the pointer', () => {
    const sw = node('vss0');
    expect(planDrop(design, scene, 'portGroup', { x: sw.absX + 5, y: sw.absY + 5 })).toMatchObject({
      switch: 'vss0',
    });
    expect(
      planDrop(design, scene, 'portGroup', { x: node('esx1').absX + 2, y: node('esx1').absY + 2 }).switch,
    ).toBeUndefined();
  });

  it('pins the nodes drawn at their default place', () => {
    expect(pinsFor(design, scene)).toEqual({ ws1: { x: node('ws1').x, y: node('ws1').y } });
  });
});

describe('planClickAdd', () => {
  const centre = { x: 500, y: 300 };

  it('adds into the host of the selection, under its last child', () => {
    const args = planClickAdd(design, scene, 'vm', ['web-01'], centre);
    const lowest = Math.max(node('web-01').y + node('web-01').h, node('vss0').y + node('vss0').h);
    expect(args.host).toBe('esx1');
    expect(args.at!.y).toBeGreaterThan(lowest);
  });

  it('falls back on the only host of the right kind', () => {
    expect(planClickAdd(design, scene, 'nat', [], centre).host).toBe('ws1');
    expect(planClickAdd(design, scene, 'standardSwitch', [], centre).host).toBe('esx1');
    expect(planClickAdd(design, scene, 'vm', [], centre).host).toBeUndefined();
  });

  it('adds a port group to the selected or only switch', () => {
    expect(planClickAdd(design, scene, 'portGroup', [], centre).switch).toBe('vss0');
  });

  it('puts top-level elements near the centre of the view', () => {
    expect(planClickAdd(design, scene, 'physicalSwitch', ['web-01'], centre)).toMatchObject({
      at: { x: 400, y: 250 },
    });
  });
});
