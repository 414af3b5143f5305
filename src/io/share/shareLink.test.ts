import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { everyKindDesign } from '../export/testing/designs';
import { encodeBase64Url } from './base64url';
import {
  decodeSharePayload,
  encodeSharePayload,
  makeShareLink,
  MAX_SHARE_HASH_LENGTH,
  MAX_SHARED_JSON_BYTES,
  readShareHash,
  SHARE_HASH_PREFIX,
} from './shareLink';

const BASE = 'https://designer.example/app/';

const payloadOf = (text: string) => encodeBase64Url(deflateSync(new TextEncoder().encode(text)));

/** A design shaped like a real one: hosts of 20 VMs on a distributed switch, with saved positions. */
function generatedDesign(vmCount: number): Design {
  const hosts = Array.from({ length: Math.ceil(vmCount / 20) }, (_, h) => ({
    id: `esx${h}`,
    name: `esxi-${h}.corp.example`,
    nics: [{ name: 'vmnic0' }, { name: 'vmnic1' }],
  }));
  return {
    format: 'vnet-design',
    version: 1,
    name: 'Generated',
    hosts,
    switches: [
      {
        id: 'dvs1',
        type: 'distributed',
        hosts: hosts.map((h) => h.id),
        uplinks: hosts.map((h) => ({ host: h.id, nic: 'vmnic0' })),
      },
    ],
    portGroups: [
      { id: 'pg-web', name: 'Web', switch: 'dvs1', vlan: 100 },
      { id: 'pg-db', name: 'DB', switch: 'dvs1', vlan: 200 },
    ],
    vms: Array.from({ length: vmCount }, (_, i) => ({
      id: `vm-${i}`,
      name: `app-${i}.prod`,
      host: `esx${Math.floor(i / 20)}`,
      nics: [
        {
          id: `vm-${i}-n0`,
          network: i % 2 ? 'pg-web' : 'pg-db',
          ip: `10.${i % 2 ? 100 : 200}.0.${(i % 250) + 2}/16`,
        },
      ],
    })),
    layout: Object.fromEntries(
      Array.from({ length: vmCount }, (_, i) => [`vm-${i}`, { x: 12 + (i % 3) * 254, y: 44 + (i % 7) * 72 }]),
    ),
  };
}

describe('share links', () => {
  it('round-trip a design exactly, hostile names, x- keys and layout included', () => {
    const doc: Design = {
      ...everyKindDesign(),
      'x-origin': { tool: 'test', note: 'kept as written' },
      layout: { esx1: { x: 10, y: 20, collapsed: true } },
    } as Design;
    const link = makeShareLink(doc, BASE);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${BASE}${SHARE_HASH_PREFIX}`)).toBe(true);
    expect(link.url).toMatch(/^[^#]+#design=[A-Za-z0-9_-]+$/);
    const read = readShareHash(new URL(link.url).hash);
    expect(read).toEqual({ ok: true, doc });
  });

  it('holds a design of a few hundred VMs under the cap', () => {
    const link = makeShareLink(generatedDesign(300), BASE);
    expect(link.ok).toBe(true);
    expect(link.hashLength).toBeLessThanOrEqual(MAX_SHARE_HASH_LENGTH);
  });

  it('refuses a design whose link would pass the cap, saying by how much', () => {
    const result = makeShareLink(generatedDesign(3000), BASE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result).toMatchObject({ reason: 'too-large', limit: MAX_SHARE_HASH_LENGTH });
    expect(result.hashLength).toBeGreaterThan(MAX_SHARE_HASH_LENGTH);
  });

  it('ignores fragments that are not share links', () => {
    expect(readShareHash('')).toBeNull();
    expect(readShareHash('#')).toBeNull();
    expect(readShareHash('#section-2')).toBeNull();
  });

  it('reports a damaged link instead of throwing', () => {
    const bad = (payload: string) => {
      const result = decodeSharePayload(payload);
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.errors.map((e) => e.message).join('\n');
    };
    expect(bad('not base64!')).toMatch(/characters a design link never contains/);
    const whole = encodeSharePayload(everyKindDesign());
    expect(bad(whole.slice(0, whole.length / 2))).toMatch(/could not be unpacked/);
    expect(bad('')).toMatch(/could not be unpacked/);
    expect(bad(encodeBase64Url(deflateSync(new Uint8Array([0xff, 0xfe, 0xfd]))))).toMatch(/not text/);
    expect(bad('A'.repeat(1024 * 1024 + 4))).toMatch(/more than/);
  });

  it('refuses a deflate bomb before parsing it', () => {
    const bomb = encodeBase64Url(
      deflateSync(new Uint8Array(MAX_SHARED_JSON_BYTES + 1).fill(32), { level: 9 }),
    );
    expect(bomb.length).toBeLessThan(MAX_SHARE_HASH_LENGTH * 2);
    const result = decodeSharePayload(bomb);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(/unpacks to more than 8 MB/);
    // Compressing megabytes: room for a machine busy with other suites.
  }, 30_000);

  it('lists the validation errors of a design that does not validate', () => {
    expect(
      decodeSharePayload(payloadOf('{"format":"vnet-design","version":1,"vms":[{"id":"v","host":"nope"}]}')),
    ).toMatchObject({ ok: false, errors: [{ path: '/vms/0/host' }] });
    const notJson = decodeSharePayload(payloadOf('{"format":'));
    expect(notJson.ok).toBe(false);
    expect(!notJson.ok && notJson.errors[0]!.message).toMatch(/not valid JSON/);
  });
});
