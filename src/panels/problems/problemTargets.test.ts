import { describe, expect, it } from 'vitest';
import { richDesign } from '../../model/commands/fixtures/richDesign';
import type { Design } from '../../model/types';
import { buildScene } from '../../scene/buildScene';
import { problemTargets } from './problemTargets';

const targets = (doc: Design, elements: string[], ports: string[] = []) =>
  problemTargets(doc, buildScene(doc), { elements, ports });

describe('problem targets', () => {
  const doc = richDesign();

  it('maps adapters, interfaces and port groups to the nodes that draw them', () => {
    expect(targets(doc, ['web-01-n0', 'r1-db', 'pg-web', 'esx1-vmk0'])).toEqual({
      select: ['web-01-n0', 'r1-db', 'pg-web', 'esx1-vmk0'],
      nodes: ['web-01', 'r1', 'dvs1', 'esx1'],
    });
  });

  it('zooms to both ends of a cable and to the owners of named ports, once each', () => {
    expect(targets(doc, ['c1', 'esx1'], ['tor1:Eth1/1', 'esx1:vmnic2'])).toEqual({
      select: ['c1', 'esx1'],
      nodes: ['esx1', 'tor1'],
    });
  });

  it('selects firewall rules without zooming, and a gateway rule zooms to its router', () => {
    expect(targets(doc, ['fw-web', 'gw-1'])).toEqual({ select: ['fw-web', 'gw-1'], nodes: ['r1'] });
  });

  it('stands a desktop network in for the elements it generates, and skips unknown ids', () => {
    expect(targets(doc, ['vmnet8.nat-out', 'vmnet8.dhcp-if', 'nothing-here', 'web-01.nat'])).toEqual({
      select: ['vmnet8'],
      nodes: ['vmnet8'],
    });
  });

  it('zooms to the collapsed host instead of the VM it hides', () => {
    const collapsed: Design = { ...doc, layout: { esx1: { x: 0, y: 0, collapsed: true } } };
    expect(targets(collapsed, ['web-01-n0', 'vss0'])).toEqual({
      select: ['web-01-n0', 'vss0'],
      nodes: ['esx1'],
    });
  });
});
