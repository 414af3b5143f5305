import { describe, expect, it } from 'vitest';
import type { FlowResult } from '../../engine/types';
import { createProbeBridge } from './probeBridge';
import { PROBE_ID, probeArgs, probeFlow } from './probeDraft';

const answer = (id: string) => ({ id, verdict: 'allowed' }) as FlowResult;

describe('probe bridge', () => {
  it('refuses before an evaluator is connected, then routes to it until disconnected', async () => {
    const bridge = createProbeBridge();
    const flow = probeFlow(probeArgs('a', 'b', ''));
    await expect(bridge.probe(flow)).rejects.toThrow(/not running/);
    const disconnect = bridge.connect({ probe: (f) => Promise.resolve(answer(f.id)) });
    await expect(bridge.probe(flow)).resolves.toMatchObject({ id: PROBE_ID });
    disconnect();
    await expect(bridge.probe(flow)).rejects.toThrow(/not running/);
  });

  it('a stale disconnect leaves a newer evaluator (a restarted app) connected', async () => {
    const bridge = createProbeBridge();
    const disconnectOld = bridge.connect({ probe: () => Promise.resolve(answer('old')) });
    bridge.connect({ probe: () => Promise.resolve(answer('new')) });
    disconnectOld();
    await expect(bridge.probe(probeFlow(probeArgs('a', 'b', '')))).resolves.toMatchObject({ id: 'new' });
  });
});

describe('probe draft', () => {
  it('keeps only what the user chose: no service means the default icmp', () => {
    expect(probeArgs('web-01', ' db-01 ', '  ')).toEqual({ from: 'web-01', to: 'db-01' });
    expect(probeArgs('web-01', 'db-01', ' tcp/5432 ')).toEqual({
      from: 'web-01',
      to: 'db-01',
      service: 'tcp/5432',
    });
    expect(probeFlow({ from: 'a', to: 'b' })).toEqual({ id: PROBE_ID, from: 'a', to: 'b' });
  });
});
