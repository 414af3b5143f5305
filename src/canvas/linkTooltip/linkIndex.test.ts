import { describe, expect, it } from 'vitest';
import type { Evaluation, FlowResult, Problem } from '../../engine/types';
import { buildLinkIndex, explainLink, linkIndexOf, linkTitle } from './linkIndex';

const flow = (id: string, over: Partial<FlowResult>): FlowResult => ({
  id,
  verdict: 'allowed',
  reason: '',
  at: '',
  expected: 'allow',
  pass: true,
  message: `${id} message`,
  hops: [],
  links: [],
  ...over,
});

const problem = (code: Problem['code'], links: string[]): Problem => ({
  code,
  severity: 'error',
  elements: [],
  ports: [],
  links,
  message: `${code} message`,
});

const evaluation: Evaluation = {
  valid: true,
  ok: false,
  flows: [
    flow('f-ok', { links: ['nic:a-n0', 'uplink:dvs1:esx1:vmnic0', 'cable:c1', 'nic:b-n0'] }),
    flow('f-cut', {
      verdict: 'unreachable',
      reason: 'vlan-not-carried',
      pass: false,
      links: ['nic:a-n0', 'uplink:dvs1:esx1:vmnic0', 'cable:c2'],
      stopLink: 'cable:c2',
    }),
    // A flow blocked at its very first link: it stops there, and the link also appears in its path.
    flow('f-fw', { verdict: 'blocked', reason: 'firewall', links: ['nic:a-n0'], stopLink: 'nic:a-n0' }),
  ],
  problems: [
    problem('vlan-not-carried', ['uplink:dvs1:esx2:vmnic0', 'cable:c2']),
    problem('duplicate-ip', ['nic:a-n0', 'nic:a-n0']),
  ],
  links: {},
};

describe('link index', () => {
  const index = buildLinkIndex(evaluation);

  it('lists, per link, the problems that name it, once each', () => {
    expect(index.get('cable:c2')?.problems.map((p) => p.code)).toEqual(['vlan-not-carried']);
    expect(index.get('nic:a-n0')?.problems.map((p) => p.code)).toEqual(['duplicate-ip']);
    expect(index.get('uplink:dvs1:esx2:vmnic0')?.flows).toEqual([]);
  });

  it('lists the flows that stop at a link first, then those that cross it', () => {
    const relations = (link: string) => index.get(link)?.flows.map((f) => `${f.flow.id}:${f.relation}`);
    expect(relations('nic:a-n0')).toEqual(['f-fw:stops', 'f-ok:crosses', 'f-cut:crosses']);
    expect(relations('cable:c2')).toEqual(['f-cut:stops']);
    expect(relations('cable:c1')).toEqual(['f-ok:crosses']);
  });

  it('explains an unknown link, or no evaluation yet, as nothing', () => {
    expect(explainLink(evaluation, 'cable:zz')).toEqual({ problems: [], flows: [] });
    expect(explainLink(null, 'cable:c1')).toEqual({ problems: [], flows: [] });
  });

  it('is built once per evaluation', () => {
    expect(linkIndexOf(evaluation)).toBe(linkIndexOf(evaluation));
    expect(linkIndexOf({ ...evaluation })).not.toBe(linkIndexOf(evaluation));
  });

  it('names links in words', () => {
    expect(linkTitle('nic:web-01-n0')).toBe('adapter web-01-n0');
    expect(linkTitle('uplink:dvs1:esx1:vmnic0')).toBe('uplink vmnic0 of esx1 on dvs1');
    expect(linkTitle('cable:c1')).toBe('cable c1');
  });
});
