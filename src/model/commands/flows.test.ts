import { describe, expect, it } from 'vitest';
import { deleteElements } from './deleteElements';
import { richDesign } from './fixtures/richDesign';
import { addFlow } from './flows';
import { updateElement } from './updateElement';

describe('flows', () => {
  it('adds a flow with a fresh id', () => {
    const result = addFlow.run(richDesign(), { from: 'db-01', to: '10.0.100.11', service: 'tcp/22' });
    expect(result.ok && result.doc.flows?.at(-1)).toEqual({
      id: 'flow-01',
      from: 'db-01',
      to: '10.0.100.11',
      service: 'tcp/22',
    });
  });

  it('refuses a flow end that is neither an id nor an IPv4 address', () => {
    const result = addFlow.run(richDesign(), { from: 'web-01', to: '10.0.0.256' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/flow end/);
  });

  it('edits service, size, df, expect and name', () => {
    const changes = { service: 'udp/53', size: 1400, df: false, expect: 'deny', name: 'DNS' } as const;
    const result = updateElement.run(richDesign(), { id: 'f-web-db', changes });
    expect(result.ok && result.doc.flows?.[0]).toEqual({
      id: 'f-web-db',
      from: 'web-01',
      to: 'db-01',
      ...changes,
    });
  });

  it('removes a flow', () => {
    const result = deleteElements.run(richDesign(), { ids: ['f-nic'] });
    expect(result.ok && result.doc.flows?.map((f) => f.id)).toEqual(['f-web-db', 'f-vmk', 'f-if']);
  });
});
