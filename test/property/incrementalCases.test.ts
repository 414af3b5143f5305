// Cases on which the incremental evaluator once disagreed with a fresh
// evaluate(), found by incremental.test.ts and cut down by hand. Each edit is
// made with the editor's command and compared as the property compares.
import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate, type Evaluation } from '../../src/engine/index';
import type { CommandResult } from '../../src/model/commands/command';
import { updateElement } from '../../src/model/commands/updateElement';
import { setVmPower } from '../../src/model/commands/whatIf';
import type { Design } from '../../src/model/types';
import { validateDesign } from '../../src/model/validate';

function opened(doc: Design): Design {
  const result = validateDesign(doc);
  if (!result.ok) throw new Error(`invalid design: ${JSON.stringify(result.errors)}`);
  return result.doc;
}

function edited(result: CommandResult): Design {
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
}

const found = (e: Evaluation, code: string) =>
  e.problems.filter((p) => p.code === code).map((p) => p.elements.join(' '));

describe('the incremental evaluator on cases it got wrong', () => {
  it('drops a covering rule from shadowed-rule once it holds no packet of the shadowed rule', () => {
    const doc = opened({
      format: 'vnet-design',
      version: 1,
      hosts: [{ id: 'esx1' }],
      switches: [{ id: 'vss0', type: 'standard', host: 'esx1' }],
      portGroups: [{ id: 'pg', switch: 'vss0' }],
      vms: [
        {
          id: 'vm1',
          host: 'esx1',
          tags: ['db'],
          nics: [{ id: 'vm1-n0', network: 'pg', ip: '10.0.10.11/24' }],
        },
        { id: 'vm2', host: 'esx1', nics: [{ id: 'vm2-n0', network: 'pg', ip: '10.0.10.12/24' }] },
      ],
      firewall: {
        rules: [
          {
            id: 'db-first',
            appliedTo: ['tag:db'],
            sources: ['tag:db'],
            action: 'allow',
            category: 'emergency',
          },
          { id: 'allow-1', action: 'allow' },
          { id: 'allow-2', action: 'allow' },
        ],
      },
    });
    const evaluator = createEvaluator(doc);
    expect(found(evaluator.evaluate(), 'shadowed-rule')).toEqual(['allow-2 db-first allow-1']);
    // Without the tag, db-first applies to no adapter and matches no packet.
    const untagged = edited(updateElement.run(doc, { id: 'vm1', changes: { tags: undefined } }));
    const expected = evaluate(untagged);
    expect(found(expected, 'shadowed-rule')).toEqual(['allow-2 allow-1']);
    expect(evaluator.apply(untagged)).toEqual(expected);
  });

  it('keeps the domains in order when a distributed router interface becomes first in two of them', () => {
    // dvs1 has no uplinks, so each host's copy of it is a domain of its own, and r1-i0 sits in both.
    const doc = opened({
      format: 'vnet-design',
      version: 1,
      hosts: [{ id: 'esx1' }, { id: 'esx2' }],
      switches: [{ id: 'dvs1', type: 'distributed', hosts: ['esx2', 'esx1'] }],
      portGroups: [{ id: 'pg', switch: 'dvs1', vlan: 10 }],
      vms: [
        { id: 'vm-a', host: 'esx1', nics: [{ id: 'vm-a-n0', network: 'pg', ip: '10.0.10.11/24' }] },
        { id: 'vm-b', host: 'esx2', nics: [{ id: 'vm-b-n0', network: 'pg', ip: '10.0.10.12/24' }] },
      ],
      routers: [
        { id: 'r1', interfaces: [{ id: 'r1-i0', ip: '10.0.10.1/24', mtu: 9000, attach: { network: 'pg' } }] },
        {
          id: 'r2',
          interfaces: [{ id: 'r2-i0', ip: '10.0.10.2/24', attach: { network: 'pg', host: 'esx1' } }],
        },
        {
          id: 'r3',
          interfaces: [
            { id: 'r3-i0', ip: '10.0.10.3/24', mtu: 1400, attach: { network: 'pg', host: 'esx2' } },
          ],
        },
      ],
    });
    const evaluator = createEvaluator(doc);
    const bOff = edited(setVmPower.run(doc, { vm: 'vm-b', on: false }));
    expect(evaluator.apply(bOff)).toEqual(evaluate(bOff));
    const bothOff = edited(setVmPower.run(bOff, { vm: 'vm-a', on: false }));
    const expected = evaluate(bothOff);
    // r1-i0's copies come esx2 first, as dvs1 lists its hosts: so do the domains it is first in.
    expect(found(expected, 'mtu-mismatch')).toEqual(['r1-i0 dvs1', 'r1-i0 r3-i0', 'r1-i0 r2-i0']);
    expect(evaluator.apply(bothOff)).toEqual(expected);
  });
});
