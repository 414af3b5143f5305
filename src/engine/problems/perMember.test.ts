// A full pass of per-member problems reads each member's attachment as the
// next entry of the attachments (filed in member order) only when that entry
// is the member's: attachments filed in another order give the same problems.
import { describe, expect, it } from 'vitest';
import { ContextBuilder } from '../contextBuilder';
import { design } from '../test/builder';
import { attachmentProblems } from './attachment';
import { gatewayProblems } from './addresses';
import { PerMemberProblems } from './perMember';

describe('PerMemberProblems.all', () => {
  it('judges each member with its own attachment, whatever order the attachments are filed in', () => {
    const doc = design()
      .host('esx1')
      .host('esx2')
      .standard('vss0', 'esx1')
      .portGroup('pg', 'vss0', 10)
      .portGroup('trunk', 'vss0', { trunk: '100-200' })
      .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24', gateway: '10.0.0.254' }])
      .vm('b', 'esx2', [{ network: 'pg', ip: '10.0.0.2/24' }])
      .vm('c', 'esx1', [{ network: 'trunk', ip: '10.0.0.3/24', vlan: 300 }])
      .vm('d', 'esx1', [{ network: 'pg', ip: '10.0.0.4/24', gateway: '10.9.0.1' }])
      .build();
    const { ctx } = new ContextBuilder().build(doc);
    const reversed = { ...ctx, attachments: new Map([...ctx.attachments].reverse()) };
    const judged = (judge: ConstructorParameters<typeof PerMemberProblems>[0]) =>
      [ctx, reversed].map((c) => new PerMemberProblems(judge).all(c).map((p) => [p.code, p.elements]));
    const [inOrder, outOfOrder] = judged((c, m, att) => attachmentProblems(att ?? c.attachments.get(m.id)!));
    expect(inOrder).toEqual([
      ['host-not-on-switch', ['b-n0', 'vss0', 'esx2']],
      ['vlan-outside-trunk', ['c-n0', 'trunk']],
    ]);
    expect(outOfOrder).toEqual(inOrder);
    const [gateways, gatewaysOutOfOrder] = judged(gatewayProblems);
    expect(gateways).toEqual([
      ['gateway-unreachable', ['a-n0']],
      ['gateway-not-in-subnet', ['d-n0']],
    ]);
    expect(gatewaysOutOfOrder).toEqual(gateways);
  });
});
