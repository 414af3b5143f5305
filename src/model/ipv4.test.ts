// Strict dotted-quad parsing (ipv4.ts): exactly four parts of one to three
// digits, no leading zeros, each at most 255, nothing around them. The
// parser reads characters one by one for speed; here it is held to the rule
// written as a regular expression.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr, parseIpv4 } from './ipv4';

/** The rule as written: split on dots, each part a decimal octet without a leading zero. */
function byTheRule(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255))
    return null;
  return parts.reduce((value, p) => value * 256 + Number(p), 0);
}

describe('parseIpv4', () => {
  it('reads addresses as unsigned 32-bit integers', () => {
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('10.0.10.11')).toBe(0x0a000a0b);
    expect(parseIpv4('255.255.255.255')).toBe(2 ** 32 - 1);
    expect(parseIpv4('192.168.1.50')).toBe(0xc0a80132);
  });

  it.each([
    ['a leading zero', '10.0.010.1'],
    ['an octet over 255', '10.0.256.1'],
    ['four digits', '10.0.1000.1'],
    ['three parts', '10.0.1'],
    ['five parts', '10.0.0.1.2'],
    ['an empty part', '10..0.1'],
    ['a trailing dot', '10.0.0.1.'],
    ['a sign', '+10.0.0.1'],
    ['white space', '10.0.0.1 '],
    ['a prefix', '10.0.0.1/24'],
    ['IPv6', '::1'],
    ['nothing', ''],
  ])('refuses %s (%s)', (_why, text) => {
    expect(parseIpv4(text)).toBeNull();
  });

  it('agrees with the rule on any text made of digits, dots and a few other characters', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'0123456789.', '0', '1', '2', '5', '.', '/', ' ', 'a'),
      maxLength: 18,
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(parseIpv4(t)).toBe(byTheRule(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the rule on four parts of up to four digits', () => {
    const part = fc.stringMatching(/^\d{0,4}$/);
    const text = fc.tuple(part, part, part, part).map((p) => p.join('.'));
    fc.assert(
      fc.property(text, (t) => {
        expect(parseIpv4(t)).toBe(byTheRule(t));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseCidr', () => {
  it('reads an address and a prefix, or a bare address when the prefix is optional', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ address: 0x0a000000, prefix: 8 });
    expect(parseCidr('10.0.0.1')).toBeNull();
    expect(parseCidr('10.0.0.1', true)).toEqual({ address: 0x0a000001, prefix: 32 });
    expect(parseCidr('10.0.0.1/33')).toBeNull();
    expect(parseCidr('10.0.0.01/24')).toBeNull();
  });
});
