import { describe, expect, it } from 'vitest';
import { parseFlag, parsePower, parseWhole, prefixFromMaskText, splitAddresses, splitList } from './cells';
import { parseDvVlan, parseTrunkRanges } from './dvSheets';

describe('cells', () => {
  it('splits mixed address lists into IPv4 (with any prefix) and the rest', () => {
    expect(splitAddresses('fe80::1, 10.0.0.5; 10.0.1.6/23 bogus')).toEqual({
      ipv4: [{ address: '10.0.0.5' }, { address: '10.0.1.6', prefix: 23 }],
      other: ['fe80::1', 'bogus'],
    });
    expect(splitAddresses('')).toEqual({ ipv4: [], other: [] });
  });

  it('reads masks, flags, power states, whole numbers and lists', () => {
    expect(prefixFromMaskText('255.255.254.0')).toBe(23);
    expect(prefixFromMaskText('24')).toBe(24);
    expect(prefixFromMaskText('255.0.255.0')).toBeUndefined();
    expect([parseFlag('True'), parseFlag('FALSE'), parseFlag('Accept'), parseFlag('?')]).toEqual([
      true,
      false,
      true,
      undefined,
    ]);
    expect([
      parsePower('poweredOn'),
      parsePower('Powered Off'),
      parsePower('suspended'),
      parsePower(''),
    ]).toEqual(['on', 'off', 'suspended', undefined]);
    expect([parseWhole('9000'), parseWhole('9000.0'), parseWhole('9k'), parseWhole('')]).toEqual([
      9000,
      9000,
      undefined,
      undefined,
    ]);
    expect(splitList('esx1, esx2;esx3')).toEqual(['esx1', 'esx2', 'esx3']);
  });

  it('reads distributed port group VLANs in their spellings', () => {
    expect(parseDvVlan('100', '')).toEqual({ kind: 'vlan', id: 100 });
    expect(parseDvVlan('0-4094', '')).toEqual({ kind: 'trunk', ranges: [[1, 4094]] });
    expect(parseDvVlan('100', 'Trunk')).toEqual({ kind: 'trunk', ranges: [[100, 100]] });
    expect(parseDvVlan('Private VLAN : 501', '')).toEqual({ kind: 'pvlan', id: 501 });
    expect(parseDvVlan('501', 'PVLAN')).toEqual({ kind: 'pvlan', id: 501 });
    expect(parseDvVlan('', '')).toEqual({ kind: 'unknown', text: '' });
    expect(parseDvVlan('5000', '')).toEqual({ kind: 'unknown', text: '5000' });
    expect(parseTrunkRanges('10-20, 30')).toEqual([
      [10, 20],
      [30, 30],
    ]);
    expect(parseTrunkRanges('10-x')).toBeNull();
  });
});
