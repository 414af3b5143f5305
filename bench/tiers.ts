// The benchmark tiers of the scale issue. Real vCenters go up to 2,500 hosts
// and 40,000 powered-on VMs, and NSX to 100,000 rules; XL sits well inside that.

export interface Size {
  hosts: number;
  vms: number;
  /** Distributed firewall rules, exactly. */
  rules: number;
  flows: number;
}

export const TIERS = {
  S: { hosts: 4, vms: 100, rules: 200, flows: 20 },
  M: { hosts: 20, vms: 500, rules: 2_000, flows: 100 },
  L: { hosts: 100, vms: 5_000, rules: 10_000, flows: 500 },
  XL: { hosts: 500, vms: 20_000, rules: 50_000, flows: 1_000 },
} as const satisfies Record<string, Size>;

export type TierName = keyof typeof TIERS;

export const TIER_NAMES = Object.keys(TIERS) as TierName[];

export function isTierName(text: string): text is TierName {
  return (TIER_NAMES as string[]).includes(text);
}

export function sizeOf(tier: TierName | Size): Size {
  return typeof tier === 'string' ? TIERS[tier] : tier;
}
