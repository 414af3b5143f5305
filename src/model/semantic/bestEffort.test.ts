// When the shape is wrong, the semantic checks still run over the elements the
// schema accepted, so that a person sees every error at once; and they never
// throw, whatever the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseDesign, edited, errorsOf, hostOf, portGroupOf, vmOf } from '../fixtures/testDesign';
import { designSchema } from '../schema';
import type { Design } from '../types';
import { issuesToErrors } from '../zodIssues';
import { semanticErrors } from './index';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });

describe('validation of a malformed document', () => {
  it('reports shape errors and semantic errors together, in document order', () => {
    const doc = edited((d) => {
      vmOf(d, 'web-01').nics![0]!.ip = '10.0.100.300/24';
      portGroupOf(d, 'pg-web').switch = 'dvs9';
    });
    expect(errorsOf(doc)).toEqual([
      err('/portGroups/1/switch', '"dvs9" is not a switch in this design'),
      err('/vms/0/nics/0/ip', '"10.0.100.300/24" is not an IPv4 address'),
    ]);
  });

  it('skips an element with a shape error, yet resolves references to it', () => {
    // esx2's NIC name is malformed: VMs, uplinks and cables naming esx2 and its NIC are not reported.
    const doc = edited((d) => (hostOf(d, 'esx2').nics![0]!.name = 'vmnic 0'));
    expect(errorsOf(doc)).toEqual([err('/hosts/1/nics/0/name', '"vmnic 0" is not a valid port name')]);
  });

  it('does not report a malformed reference a second time', () => {
    const doc = edited((d) => ((vmOf(d, 'web-01') as unknown as Record<string, unknown>).host = 5));
    expect(errorsOf(doc)).toEqual([err('/vms/0/host', 'expected text, not 5')]);
  });

  it('checks the other collections when a whole collection is malformed', () => {
    const doc = { ...edited((d) => (portGroupOf(d, 'pg-web').switch = 'dvs9')), cables: 'none' };
    expect(errorsOf(doc)).toEqual([
      err('/portGroups/1/switch', '"dvs9" is not a switch in this design'),
      err('/cables', 'expected a list, not "none"'),
    ]);
  });
});

/** Every path to a value in a JSON document, as keys. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, key]));
  return out;
}

/** Sets a value at a path, unless an earlier change has replaced a container on the way. */
function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let target: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (target === null || typeof target !== 'object') return;
    target = (target as Record<string | number, unknown>)[key];
  }
  if (target !== null && typeof target === 'object')
    (target as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}

/** Runs the semantic pass directly (validate.ts would swallow an exception) and returns its errors. */
function semanticOf(doc: unknown) {
  const parsed = designSchema.safeParse(doc);
  const shape = parsed.success ? [] : issuesToErrors(parsed.error.issues, doc);
  return semanticErrors(
    doc as Design,
    shape.map((e) => e.path),
  );
}

const BASE_PATHS = pathsOf(baseDesign()).filter(
  (p) => p.length > 0 && p[0] !== 'format' && p[0] !== 'version',
);
const IDS = [
  'esx1',
  'esx2',
  'laptop',
  'vss0',
  'dvs1',
  'vmnet8',
  'pg-web',
  'web-01',
  'r1',
  'r1-web',
  'tor1',
  'c1',
];
const anything = fc.anything({ maxDepth: 2, maxKeys: 4 });
const junk = fc.oneof(
  anything,
  fc.constantFrom(...IDS),
  fc.constantFrom(
    'esx1:vmnic0',
    'tor1:Eth1/1',
    'dhcp',
    '10.0.0.1/24',
    '10.0.0.1',
    4095,
    { trunk: '1-5' },
    { pvlan: 9 },
  ),
);

describe('the semantic checks never throw', () => {
  it('on a valid design with one value replaced by anything', () => {
    fc.assert(
      fc.property(
        fc.nat(BASE_PATHS.length - 1),
        fc.array(junk, { minLength: 1, maxLength: 3 }),
        (index, values) => {
          const doc = baseDesign() as unknown as Record<string, unknown>;
          values.forEach((value, k) => setAt(doc, BASE_PATHS[(index + k * 7) % BASE_PATHS.length]!, value));
          expect(Array.isArray(semanticOf(doc))).toBe(true);
          const result = errorsOf(doc);
          for (const error of result) expect(error.path === '' || error.path.startsWith('/')).toBe(true);
        },
      ),
      { seed: 20240601, numRuns: 200 },
    );
  }, 60_000);

  it('on documents whose collections are anything at all', () => {
    const collection = fc.oneof(
      anything,
      fc.array(
        fc.dictionary(fc.constantFrom('id', 'host', 'type', 'nics', 'a', 'b', 'switch', 'network'), junk),
      ),
    );
    fc.assert(
      fc.property(
        fc.record({
          hosts: collection,
          switches: collection,
          portGroups: collection,
          vms: collection,
          cables: collection,
          routers: collection,
          flows: collection,
          firewall: anything,
        }),
        (parts) => {
          const doc = { format: 'vnet-design', version: 1, ...parts };
          expect(Array.isArray(semanticOf(doc))).toBe(true);
          expect(errorsOf(doc).length).toBeGreaterThanOrEqual(0);
        },
      ),
      { seed: 7, numRuns: 150 },
    );
  }, 60_000);
});
