// Reading the text of one cell as the value it stands for.
import { parseIpv4, prefixFromMask } from '../../../model/ipv4';

const TRUE_WORDS = new Set([
  'true',
  'yes',
  'y',
  '1',
  'accept',
  'allow',
  'allowed',
  'enabled',
  'on',
  'connected',
]);
const FALSE_WORDS = new Set([
  'false',
  'no',
  'n',
  '0',
  'reject',
  'deny',
  'denied',
  'disabled',
  'off',
  'disconnected',
]);

export function parseFlag(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** A whole number written plainly ("9000", "9000.0" as Excel may store it); anything else is undefined. */
export function parseWhole(text: string): number | undefined {
  const match = /^\s*(\d{1,9})(?:\.0*)?\s*$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

export type Power = 'on' | 'off' | 'suspended';

export function parsePower(text: string): Power | undefined {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (word === 'poweredon' || word === 'on' || word === 'running') return 'on';
  if (word === 'poweredoff' || word === 'off') return 'off';
  if (word === 'suspended') return 'suspended';
  return undefined;
}

export interface AddressList {
  /** IPv4 addresses in the order written, each with a prefix length when one was written. */
  ipv4: { address: string; prefix?: number }[];
  /** Everything else: IPv6 addresses and text that is no address. */
  other: string[];
}

/** "10.0.0.5, fe80::1" or "10.0.0.5/24; 10.0.0.6": RVTools lists every address of an adapter in one cell. */
export function splitAddresses(text: string): AddressList {
  const list: AddressList = { ipv4: [], other: [] };
  for (const token of text.split(/[\s,;]+/)) {
    if (token === '') continue;
    const [address = '', prefixText] = token.split('/');
    const prefix = prefixText !== undefined && /^\d{1,2}$/.test(prefixText) ? Number(prefixText) : undefined;
    if (parseIpv4(address) !== null && (prefixText === undefined || (prefix !== undefined && prefix <= 32)))
      list.ipv4.push(prefix === undefined ? { address } : { address, prefix });
    else list.other.push(token);
  }
  return list;
}

/** A prefix length from "255.255.255.0" or "24"; undefined when neither. */
export function prefixFromMaskText(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d{1,2}$/.test(trimmed) && Number(trimmed) <= 32) return Number(trimmed);
  return prefixFromMask(trimmed) ?? undefined;
}

/** "host1, host2" or "host1; host2" as a list, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
