// Small pools of values, so that random designs collide often: shared subnets,
// one VLAN on several hosts, addresses that are also gateways or DHCP leases.
export const SUBNETS = ['10.0.10', '10.0.20', '192.168.80', '10.0.100'] as const;
/** .1/.2/.254 are gateways and generated desktop addresses; .128 is the first desktop DHCP lease. */
export const OCTETS = [11, 12, 1, 2, 10, 128, 254] as const;
export const PREFIXES = [24, 24, 24, 25, 16] as const;
export const OUTSIDE = ['8.8.8.8', '1.1.1.1', '203.0.113.1', '203.0.113.2', '192.168.1.50'] as const;
export const PG_VLANS = [0, 10, 20, 100] as const;
export const PHYSICAL_VLANS = [10, 20, 100, 1] as const;
export const ALLOWED = ['1-4094', '10,20', '100', '10-100', '20'] as const;
export const SERVICES = [
  'any',
  'icmp',
  'tcp/22',
  'tcp/443',
  'tcp/1-1024',
  'udp/53',
  'tcp/8443',
  'tcp/80',
] as const;
export const FLOW_SERVICES = [
  'icmp',
  'tcp/22',
  'tcp/443',
  'udp/53',
  'tcp/8080',
  'tcp/80',
  'tcp/5432',
] as const;
export const TAGS = ['web', 'db', 'app'] as const;
export const MTUS = [1500, 9000, 1400] as const;
