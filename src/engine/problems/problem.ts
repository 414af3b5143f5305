// One problem of MODEL.md 2.5, built with its severity from the code.
import type { Problem, ProblemCode, Severity } from '../types';

const SEVERITY: Record<ProblemCode, Severity> = {
  'mtu-mismatch': 'warning',
  'vlan-not-carried': 'error',
  'uplink-vlan-inconsistent': 'warning',
  'uplink-not-cabled': 'warning',
  'no-uplink': 'warning',
  'native-vlan-mismatch': 'warning',
  'host-not-on-switch': 'error',
  'vlan-outside-trunk': 'error',
  'duplicate-ip': 'error',
  'gateway-not-in-subnet': 'warning',
  'gateway-unreachable': 'error',
  'dhcp-no-server': 'error',
  'dhcp-pool-exhausted': 'error',
  'promiscuous-mode': 'warning',
  'shadowed-rule': 'warning',
  'vm-powered-off': 'info',
};

/** No problem: what a per-member judge returns for most members (one shared list, never changed). */
export const NO_PROBLEMS: readonly Problem[] = [];

const unique = (items: readonly (string | null | undefined)[]): string[] => {
  const out: string[] = [];
  for (const item of items) if (item && !out.includes(item)) out.push(item);
  return out;
};

export function problem(
  code: ProblemCode,
  elements: readonly string[],
  message: string,
  extra: {
    ports?: readonly (string | null | undefined)[];
    links?: readonly (string | null | undefined)[];
  } = {},
): Problem {
  return {
    code,
    severity: SEVERITY[code],
    elements: unique(elements),
    ports: unique(extra.ports ?? []),
    links: unique(extra.links ?? []),
    message,
  };
}
