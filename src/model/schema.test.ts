// Shape errors: what the schema (with zodIssues.ts) reports, and where.
import { describe, expect, it } from 'vitest';
import {
  baseDesign,
  edited,
  errorsOf,
  hostOf,
  physicalSwitchOf,
  portGroupOf,
  routerOf,
  vmOf,
} from './fixtures/testDesign';
import type { Design } from './types';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });
/** Sets a key the types do not allow, as a hand-edited file would. */
const put = (target: object, key: string, value: unknown) =>
  ((target as Record<string, unknown>)[key] = value);

describe('unknown keys', () => {
  it.each<[string, (d: Design) => void, string]>([
    ['the document', (d) => put(d, 'colour', 'blue'), '/colour'],
    ['a VM', (d) => put(vmOf(d, 'web-01'), 'tag', ['web']), '/vms/0/tag'],
    ['a host NIC', (d) => put(hostOf(d, 'esx1').nics![0]!, 'speed', 10), '/hosts/0/nics/0/speed'],
    ['a distributed uplink', (d) => put(d.switches![1]!, 'uplinkz', []), '/switches/1/uplinkz'],
    [
      'an attachment',
      (d) => put(routerOf(d, 'r1').interfaces![1]!.attach!, 'port', 'Eth1/1'),
      '/routers/0/interfaces/1/attach/port',
    ],
    [
      'a { trunk } VLAN',
      (d) => put(portGroupOf(d, 'pg-trunk').vlan as object, 'native', 1),
      '/portGroups/2/vlan/native',
    ],
    ['a firewall', (d) => put(d.firewall!, 'defaults', 'drop'), '/firewall/defaults'],
  ])('are reported at the key itself, on %s', (_where, edit, path) => {
    const errors = errorsOf(edited(edit));
    expect(errors).toContainEqual(err(path, `unknown key "${path.split('/').pop()}"`));
    expect(errors.every((e) => e.path === path)).toBe(true);
  });

  it('report appliedTo and direction on a gateway rule, which has neither', () => {
    const doc = edited((d) => put(routerOf(d, 'r1').firewall!.rules![0]!, 'direction', 'in'));
    expect(errorsOf(doc)).toEqual([err('/routers/0/firewall/rules/0/direction', 'unknown key "direction"')]);
  });
});

/** Adds `notes` and an `x-` key to every object of the document, except under `layout`, which is free. */
function annotateEverything(value: unknown, path = ''): void {
  if (Array.isArray(value)) value.forEach((item, i) => annotateEverything(item, `${path}/${i}`));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      if (key !== 'layout') annotateEverything(item, `${path}/${key}`);
    put(value, 'notes', `notes at ${path || 'the root'}`);
    put(value, 'x-vendor', { path, anything: [1, 'two'] });
  }
}

describe('notes and x- keys', () => {
  it('are accepted on every object, and kept as written', () => {
    const doc = baseDesign();
    annotateEverything(doc);
    expect(JSON.stringify(doc)).toContain('"notes at /portGroups/2/vlan"');
    expect(JSON.stringify(doc)).toContain('"notes at /routers/0/interfaces/0/attach"');
    const result = errorsOf(doc);
    expect(result).toEqual([]);
  });
  it('do not excuse a real unknown key next to them', () => {
    const doc = baseDesign();
    annotateEverything(doc);
    put(routerOf(doc, 'r1').interfaces![0]!.attach!, 'hots', 'esx1');
    expect(errorsOf(doc)).toEqual([err('/routers/0/interfaces/0/attach/hots', 'unknown key "hots"')]);
  });
  it('reject notes that are not text', () => {
    expect(errorsOf(edited((d) => put(vmOf(d, 'web-01'), 'notes', 5)))).toEqual([
      err('/vms/0/notes', 'expected text, not 5'),
    ]);
  });
});

describe('addresses', () => {
  it.each<[string, (d: Design) => void, string]>([
    ['an adapter ip', (d) => (vmOf(d, 'web-01').nics![0]!.ip = 'fe80::1/64'), '/vms/0/nics/0/ip'],
    ['a gateway', (d) => (vmOf(d, 'web-01').nics![0]!.gateway = '2001:db8::1'), '/vms/0/nics/0/gateway'],
    ['a host ip', (d) => (hostOf(d, 'laptop').ip = '2001:db8::50'), '/hosts/2/ip'],
    ['a route', (d) => (routerOf(d, 'r1').routes![0]!.to = '::/0'), '/routers/0/routes/0/to'],
    [
      'a selector',
      (d) => (d.firewall!.rules![0]!.destinations = ['2001:db8::/32']),
      '/firewall/rules/0/destinations/0',
    ],
    ['a flow end', (d) => (d.flows![2]!.to = '2001:4860:4860::8888'), '/flows/2/to'],
  ])('reject IPv6 in %s, saying so', (_where, edit, path) => {
    expect(errorsOf(edited(edit))).toEqual([err(path, '(IPv6 is not supported)')]);
  });
  it.each([
    ['10.0.0.300/24', 'is not an IPv4 address with a prefix length'],
    ['10.0.0.5', 'is not an IPv4 address with a prefix length'],
    ['10.0.0.5/33', 'is not an IPv4 address with a prefix length'],
    ['010.0.0.5/24', 'is not an IPv4 address with a prefix length'],
    ['DHCP', 'is not an IPv4 address with a prefix length (like 10.0.0.5/24) or "dhcp"'],
  ])('reject the adapter ip %s', (ip, message) => {
    expect(errorsOf(edited((d) => (vmOf(d, 'web-01').nics![0]!.ip = ip)))).toEqual([
      err('/vms/0/nics/0/ip', `"${ip}" ${message}`),
    ]);
  });
});

describe('numbers out of range', () => {
  it.each<[string, (d: Design) => void, string, string]>([
    [
      'a port group VLAN',
      (d) => (portGroupOf(d, 'pg-web').vlan = 4096),
      '/portGroups/1/vlan',
      'VLAN must be a whole number from 0 to 4095, not 4096',
    ],
    ['a fractional VLAN', (d) => (portGroupOf(d, 'pg-web').vlan = 10.5), '/portGroups/1/vlan', 'not 10.5'],
    [
      'a guest VLAN',
      (d) => (vmOf(d, 'web-01').nics![0]!.vlan = 0),
      '/vms/0/nics/0/vlan',
      'VLAN must be a whole number from 1 to 4094, not 0',
    ],
    [
      'a pvlan number',
      (d) => (portGroupOf(d, 'pg-iso').vlan = { pvlan: 4095 }),
      '/portGroups/3/vlan/pvlan',
      'from 1 to 4094',
    ],
    [
      'an access VLAN',
      (d) => (physicalSwitchOf(d, 'tor1').ports![3]!.vlan = 5000),
      '/physicalSwitches/0/ports/3/vlan',
      'from 1 to 4094',
    ],
    [
      'an adapter MTU',
      (d) => (vmOf(d, 'web-01').nics![0]!.mtu = 9001),
      '/vms/0/nics/0/mtu',
      'MTU must be a whole number from 576 to 9000',
    ],
    [
      'a switch MTU',
      (d) => ((d.switches![0]! as { mtu?: number }).mtu = 1279),
      '/switches/0/mtu',
      'from 1280 to 9000',
    ],
    [
      'a physical MTU',
      (d) => (physicalSwitchOf(d, 'tor1').mtu = 9217),
      '/physicalSwitches/0/mtu',
      'from 576 to 9216',
    ],
    [
      'an interface MTU',
      (d) => (routerOf(d, 'r1').interfaces![0]!.mtu = 500),
      '/routers/0/interfaces/0/mtu',
      'from 576 to 9216',
    ],
    [
      'a DNAT port',
      (d) =>
        routerOf(d, 'r1').nat!.push({
          type: 'dnat',
          interface: 'r1-wan',
          destination: '203.0.113.2',
          translated: '10.0.100.11',
          port: 70000,
        }),
      '/routers/0/nat/1/port',
      'port must be a whole number from 1 to 65535',
    ],
    [
      'a flow size',
      (d) => (d.flows![0]!.size = 67),
      '/flows/0/size',
      'size must be a whole number from 68 to 65535',
    ],
    [
      'a number given as text',
      (d) => put(vmOf(d, 'web-01').nics![0]!, 'mtu', '1500'),
      '/vms/0/nics/0/mtu',
      'not "1500"',
    ],
  ])('reject %s', (_what, edit, path, message) => {
    expect(errorsOf(edited(edit))).toEqual([err(path, message)]);
  });
});

describe('VLAN lists', () => {
  it.each(['1-4094', '10,20,100-110', ' 5 , 7-9 '])('accept %j', (list) => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-trunk').vlan = { trunk: list })))).toEqual([]);
  });
  it.each(['0-10', '100-50', 'abc', '', '1,,2', '4095', '10;20'])(
    'reject %j in a trunk and on a port',
    (list) => {
      expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-trunk').vlan = { trunk: list })))).toEqual([
        err('/portGroups/2/vlan/trunk', 'is not a VLAN list'),
      ]);
      expect(errorsOf(edited((d) => (physicalSwitchOf(d, 'tor1').ports![0]!.allowed = list)))).toEqual([
        err('/physicalSwitches/0/ports/0/allowed', 'is not a VLAN list'),
      ]);
    },
  );
});

describe('services', () => {
  it.each(['any', 'icmp', 'tcp/443', 'udp/1-65535'])('accept %s in a rule', (service) => {
    expect(errorsOf(edited((d) => (d.firewall!.rules![0]!.services = [service])))).toEqual([]);
  });
  it.each(['tcp', 'tcp/0', 'tcp/70000', 'tcp/10-5', 'http', 'icmp/8', 'TCP/80'])(
    'reject %s in a rule',
    (service) => {
      expect(errorsOf(edited((d) => (d.firewall!.rules![0]!.services = ['any', service])))).toEqual([
        err('/firewall/rules/0/services/1', `"${service}" is not a service`),
      ]);
    },
  );
  it.each(['any', 'tcp/1-5', 'udp/x'])('reject %s as the one packet of a flow', (service) => {
    expect(errorsOf(edited((d) => (d.flows![0]!.service = service)))).toEqual([
      err('/flows/0/service', `"${service}" is not a flow service`),
    ]);
  });
});

describe('other shape errors', () => {
  it('report a missing required key at its path', () => {
    expect(errorsOf(edited((d) => delete (d.cables![0]! as { b?: string }).b))).toEqual([
      err('/cables/0/b', '"b" is required'),
    ]);
  });
  it('report an unknown switch type with the types there are', () => {
    expect(errorsOf(edited((d) => put(d.switches![1]!, 'type', 'vds')))).toEqual([
      err('/switches/1/type', '"vds" is not a known type: use "standard", "distributed"'),
    ]);
  });
  it('report the closest form of a value that may take several, at its own path', () => {
    const doc = edited((d) =>
      put(routerOf(d, 'r1').interfaces![0]!, 'attach', { network: 'pg-web', host: 5 }),
    );
    expect(errorsOf(doc)).toEqual([err('/routers/0/interfaces/0/attach/host', 'expected text, not 5')]);
    const route = edited((d) => put(routerOf(d, 'r1').routes![0]!, 'interface', 'r1-wan'));
    expect(errorsOf(route)).toEqual([err('/routers/0/routes/0/interface', 'unknown key "interface"')]);
  });
  it('report malformed ids, names and port names', () => {
    const doc = edited((d) => {
      vmOf(d, 'web-01').name = '';
      hostOf(d, 'esx2').nics![0]!.name = 'vmnic:0';
      d.cables![4]!.id = 'c 5';
    });
    expect(errorsOf(doc)).toEqual([
      err('/hosts/1/nics/0/name', '"vmnic:0" is not a valid port name'),
      err('/vms/0/name', 'a name cannot be empty'),
      err('/cables/4/id', '"c 5" is not a valid id'),
    ]);
  });
});
