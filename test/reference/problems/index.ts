// Every problem of 2.5 the reference can state, and what it leaves open.
import type { Ctx } from '../flows/outcome';
import { tryGap } from '../gap';
import { adapterProblems } from './adapters';
import { mtuProblems } from './mtu';
import { shadowProblems } from './shadow';
import type { RefProblems } from './types';
import { ignoreAll } from './types';
import { uplinkProblems } from './uplinks';

export function referenceProblems(ctx: Ctx, shadowing = true): RefProblems {
  const out: RefProblems = { problems: [], ignores: [] };
  const groups = [
    {
      fn: adapterProblems,
      codes: [
        'host-not-on-switch',
        'vlan-outside-trunk',
        'gateway-not-in-subnet',
        'gateway-unreachable',
        'dhcp-no-server',
        'dhcp-pool-exhausted',
        'duplicate-ip',
        'vm-powered-off',
        'promiscuous-mode',
      ],
    },
    {
      fn: uplinkProblems,
      codes: [
        'no-uplink',
        'uplink-not-cabled',
        'vlan-not-carried',
        'uplink-vlan-inconsistent',
        'native-vlan-mismatch',
      ],
    },
    { fn: mtuProblems, codes: ['mtu-mismatch'] },
    { fn: shadowProblems, codes: ['shadowed-rule'] },
  ] as const;
  for (const g of groups) {
    if (!shadowing && g.fn === shadowProblems) continue;
    const r = tryGap(() => g.fn(ctx));
    if ('gap' in r) {
      for (const code of g.codes) out.ignores.push(ignoreAll(code, r.gap));
      continue;
    }
    out.problems.push(...r.value.problems);
    out.ignores.push(...r.value.ignores);
  }
  return out;
}
