import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateRawLimited } from './inflateLimited';

describe('inflateRawLimited', () => {
  it('returns what was compressed', () => {
    const data = new TextEncoder().encode('{"format":"vnet-design"}'.repeat(5000));
    const result = inflateRawLimited(deflateSync(data), data.length);
    expect(result).toEqual({ ok: true, bytes: data });
  });

  it('stops a deflate bomb at the ceiling instead of unpacking it', () => {
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(32 * 1024);
    expect(inflateRawLimited(bomb, 1024 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    // Compressing megabytes: room for a machine busy with other suites.
  }, 30_000);

  it('refuses data one byte over the ceiling and accepts it at the ceiling', () => {
    const data = new Uint8Array(5000).fill(7);
    expect(inflateRawLimited(deflateSync(data), 4999)).toEqual({ ok: false, reason: 'too-large' });
    expect(inflateRawLimited(deflateSync(data), 5000).ok).toBe(true);
  });

  it('reports damaged, cut short and empty data as corrupt', () => {
    const whole = deflateSync(new TextEncoder().encode('hello shared design '.repeat(400)));
    expect(inflateRawLimited(whole.subarray(0, Math.floor(whole.length / 2)), 1e6)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(inflateRawLimited(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1e6)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(inflateRawLimited(new Uint8Array(), 1e6)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
