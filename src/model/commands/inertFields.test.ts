// The proof behind inertFields.ts: every semantic check runs on many designs,
// valid and broken in the ways the checks report, with every element behind a
// proxy that records which of its fields are read. No inert field may be read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../bench/generate';
import { baseDesign } from '../fixtures/testDesign';
import { designSchema } from '../schema';
import { semanticErrors } from '../semantic/index';
import type { Design } from '../types';
import { issuesToErrors } from '../zodIssues';
import { richDesign } from './fixtures/richDesign';
import { ELEMENT_RULES, RULE_RULES, type ElementRules } from './inertFields';

type Plain = Record<string, unknown>;

const readJson = (path: string): Design => JSON.parse(readFileSync(path, 'utf8')) as Design;
const jsonIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json') && f !== 'index.json')
    .map((f) => readJson(join(dir, f)));

/**
 * Variants of a design: repeated ids, references to nothing and to the wrong kind of element, and
 * flows between addresses and hosts.
 */
function broken(doc: Design): Design[] {
  const out: Design[] = [];
  const copy = () => structuredClone(doc);
  const firstHost = doc.hosts?.[0]?.id ?? 'esx1';
  for (const key of Object.keys(ELEMENT_RULES) as (keyof Design)[]) {
    const list = doc[key] as Plain[] | undefined;
    if (!list || list.length < 2) continue;
    const d = copy();
    (d[key] as Plain[])[1]!.id = list[0]!.id;
    out.push(d);
  }
  const refs = copy();
  for (const vm of refs.vms ?? []) {
    vm.host = 'nowhere';
    for (const nic of vm.nics ?? []) nic.network = firstHost;
  }
  for (const pg of refs.portGroups ?? []) pg.switch = firstHost;
  for (const sw of refs.switches ?? []) if ('host' in sw) sw.host = 'nowhere';
  for (const cable of refs.cables ?? []) cable.a = 'nowhere:p1';
  for (const rule of refs.firewall?.rules ?? []) rule.sources = ['nowhere', firstHost];
  for (const flow of refs.flows ?? []) flow.from = 'nowhere';
  for (const router of refs.routers ?? [])
    for (const iface of router.interfaces ?? []) iface.attach = { network: 'nowhere' };
  out.push(refs);
  // Flows between addresses and hosts, which the checks resolve through adapters' addresses.
  const addressed = copy();
  const address = (doc.vms ?? [])
    .flatMap((vm) => vm.nics ?? [])
    .find((nic) => nic.ip)
    ?.ip?.split('/')[0];
  for (const flow of addressed.flows ?? []) {
    if (address) flow.from = address;
    flow.to = (doc.hosts ?? []).at(-1)?.id ?? flow.to;
  }
  out.push(addressed);
  return out;
}

const DESIGNS: Design[] = (() => {
  const valid = [
    ...jsonIn(join(import.meta.dirname, '../../../public/examples')),
    ...jsonIn('/work/shared/scenarios'),
    baseDesign(),
    richDesign(),
    generateDesign('S', 1),
  ];
  return [...valid, ...valid.flatMap(broken)];
})();

/** A copy of `doc` whose elements (and their listed sub-objects) record each field read as `kind.field`. */
function watched(doc: Design, reads: Set<string>): Design {
  const watch = (el: unknown, kind: string, rules?: ElementRules): unknown => {
    if (el === null || typeof el !== 'object' || Array.isArray(el)) return el;
    const target: Plain = { ...(el as Plain) };
    for (const [key, _] of Object.entries(rules?.nested ?? {}))
      if (Array.isArray(target[key]))
        target[key] = (target[key] as unknown[]).map((s) => watch(s, `${kind}.${key}`));
    return new Proxy(target, {
      get(t, prop, receiver) {
        if (typeof prop === 'string') reads.add(`${kind}.${prop}`);
        return Reflect.get(t, prop, receiver) as unknown;
      },
    });
  };
  const out: Plain = { ...(doc as unknown as Plain) };
  for (const [key, rules] of Object.entries(ELEMENT_RULES))
    if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map((el) => watch(el, key, rules));
  if (doc.firewall?.rules)
    out.firewall = { ...doc.firewall, rules: doc.firewall.rules.map((r) => watch(r, 'rules', RULE_RULES)) };
  return out as unknown as Design;
}

function semanticReads(doc: Design): Set<string> {
  const parsed = designSchema.safeParse(doc);
  const shapePaths = parsed.success ? [] : issuesToErrors(parsed.error.issues, doc).map((e) => e.path);
  const reads = new Set<string>();
  semanticErrors(watched(doc, reads), shapePaths);
  return reads;
}

const allReads = (() => {
  let cached: Set<string> | null = null;
  return () => (cached ??= new Set(DESIGNS.flatMap((doc) => [...semanticReads(doc)])));
})();

describe('inert fields', () => {
  it('runs the checks over valid and broken designs that report errors of many kinds', () => {
    const reported = DESIGNS.map((doc) => semanticErrors(doc).length);
    expect(DESIGNS.length).toBeGreaterThan(60);
    expect(reported.filter((n) => n > 0).length).toBeGreaterThan(20);
    // The proxies are in place: the checks read ids, hosts and adapters' networks through them.
    expect([...allReads()]).toEqual(
      expect.arrayContaining([
        'vms.id',
        'vms.host',
        'vms.nics.network',
        'vms.nics.ip',
        'hosts.ip',
        'rules.sources',
      ]),
    );
  });

  const cases = [
    ...Object.entries(ELEMENT_RULES).flatMap(([kind, rules]) => [
      ...[...rules.inert].map((field) => `${kind}.${field}`),
      ...Object.entries(rules.nested ?? {}).flatMap(([list, fields]) =>
        [...fields].map((field) => `${kind}.${list}.${field}`),
      ),
    ]),
    ...[...RULE_RULES.inert].map((field) => `rules.${field}`),
  ];
  it.each(cases)('%s is never read by a semantic check', (field) => {
    expect(allReads().has(field)).toBe(false);
  });
});
