// zod schemas of the document's scalar fields, each with a message that
// quotes the offending value, as a person would want to read it.
import { z } from 'zod';
import { looksLikeIpv6, parseCidr, parseIpv4 } from './ipv4';
import { parseFlowService, parseService } from './service';
import { parseVlanList } from './vlanList';

const quote = (value: string): string => JSON.stringify(value);

function checkedString(test: (value: string) => boolean, explain: (value: string) => string) {
  return z.string().superRefine((value, ctx) => {
    if (!test(value)) ctx.addIssue({ code: 'custom', message: explain(value) });
  });
}

const ipv6Hint = (value: string): string => (looksLikeIpv6(value) ? ' (IPv6 is not supported)' : '');

export const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const PORT_NAME_PATTERN = /^[^\s:]{1,64}$/;

export const idField = checkedString(
  (v) => ID_PATTERN.test(v),
  (v) => `${quote(v)} is not a valid id: use 1–64 characters from A–Z, a–z, 0–9, ".", "_" and "-"`,
);

/** References use the same syntax as ids; whether they resolve is checked later. */
export const refField = idField;

export const nameField = checkedString(
  (v) => [...v].length >= 1 && [...v].length <= 80,
  (v) => (v.length === 0 ? 'a name cannot be empty' : `the name ${quote(v)} is longer than 80 characters`),
);

export const portNameField = checkedString(
  (v) => PORT_NAME_PATTERN.test(v),
  (v) => `${quote(v)} is not a valid port name: use 1–64 characters with no ":" and no spaces`,
);

export const notesField = z.string().optional();

export const ipv4Field = checkedString(
  (v) => parseIpv4(v) !== null,
  (v) => `${quote(v)} is not an IPv4 address${ipv6Hint(v)}`,
);

export const cidrField = checkedString(
  (v) => parseCidr(v) !== null,
  (v) => `${quote(v)} is not an IPv4 address with a prefix length, like 10.0.0.5/24${ipv6Hint(v)}`,
);

/** An address whose prefix length may be left out (a workstation host's LAN address). */
export const addressMaybeCidrField = checkedString(
  (v) => parseCidr(v, true) !== null,
  (v) => `${quote(v)} is not an IPv4 address, with or without a prefix length${ipv6Hint(v)}`,
);

export const adapterIpField = checkedString(
  (v) => v === 'dhcp' || parseCidr(v) !== null,
  (v) => `${quote(v)} is not an IPv4 address with a prefix length (like 10.0.0.5/24) or "dhcp"${ipv6Hint(v)}`,
);

export const vlanListField = checkedString(
  (v) => parseVlanList(v) !== null,
  (v) => `${quote(v)} is not a VLAN list: use numbers and ranges within 1–4094, like "10,20,100-110"`,
);

export const serviceField = checkedString(
  (v) => parseService(v) !== null,
  (v) => `${quote(v)} is not a service: use any, icmp, tcp/N, tcp/N-M, udp/N or udp/N-M with ports 1–65535`,
);

export const flowServiceField = checkedString(
  (v) => parseFlowService(v) !== null,
  (v) => `${quote(v)} is not a flow service: use icmp, tcp/N or udp/N with a port 1–65535`,
);

/** Something shaped like an address that did not parse is a bad address, never an element id. */
const DOTTED = /^\d+(\.\d+){3}(\/\d+)?$/;

export const selectorField = checkedString(
  (v) =>
    v === 'any' ||
    /^tag:.+$/.test(v) ||
    parseCidr(v, true) !== null ||
    (ID_PATTERN.test(v) && !DOTTED.test(v)),
  (v) =>
    `${quote(v)} is not a selector: use "any", "tag:NAME", an IPv4 address or CIDR, or an element id${ipv6Hint(v)}`,
);

export const tagField = checkedString(
  (v) => /^[^\s,]{1,64}$/.test(v),
  (v) => `${quote(v)} is not a tag: use 1–64 characters with no spaces or commas`,
);

export function intRange(min: number, max: number, what: string) {
  return z
    .number({
      error: (issue) => `${what} must be a whole number from ${min} to ${max}, not ${describe(issue.input)}`,
    })
    .superRefine((v, ctx) => {
      if (!Number.isInteger(v) || v < min || v > max)
        ctx.addIssue({
          code: 'custom',
          message: `${what} must be a whole number from ${min} to ${max}, not ${v}`,
        });
    });
}

export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export const mtuAdapter = intRange(576, 9000, 'MTU');
export const mtuSwitch = intRange(1280, 9000, 'MTU');
export const mtuPhysical = intRange(576, 9216, 'MTU');
export const vlanId = intRange(1, 4094, 'VLAN');
export const portNumber = intRange(1, 65535, 'port');
export const packetSize = intRange(68, 65535, 'size');
