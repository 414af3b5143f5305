// The address and VLAN plan of a generated data centre. Every cluster gets
// its own blocks, so that the numbers say where a thing lives:
//   tenant subnets   10.(cluster+1).N.0/24, gateway .1, VMs from .10
//   management       172.16.(cluster).0/24 on VLAN 3000+cluster, gateway .1 on the core
//   vMotion          172.17.(cluster).0/24 on VLAN 3300+cluster, not routed
//   backup           a /22 per cluster in 172.18.0.0/13 on VLAN 3600+cluster, not routed
//   transit          100.64.0.0/22 on VLAN 3999 of the core: T0 .1, core router .5, T1s from .10
//   internet edge    203.0.113.0/24 (TEST-NET-3), next hop .1, T0 .2, published services from .10
// Tenant VLANs are unique across the data centre (100–2999), as in a fabric
// where any VLAN may later be stretched.
import { formatIpv4, parseIpv4 } from '../src/model/ipv4';

export const MAX_CLUSTERS = 250;
export const FIRST_VM_OCTET = 10;
/** VMs take .10–.239; .240–.254 stay free for the benchmark's edits. */
export const LAST_VM_OCTET = 239;
export const MAX_VMS_PER_SUBNET = LAST_VM_OCTET - FIRST_VM_OCTET + 1;

export const TRANSIT_VLAN = 3999;
export const TRANSIT_PREFIX = 22;
export const T0_TRANSIT_IP = '100.64.0.1';
export const CORE_TRANSIT_IP = '100.64.0.5';
export const EDGE_NEXT_HOP = '203.0.113.1';
export const T0_UPLINK_IP = '203.0.113.2';
export const TENANT_SUPERNET = '10.0.0.0/8';
export const MANAGEMENT_SUPERNET = '172.16.0.0/16';
export const BACKUP_SUPERNET = '172.18.0.0/13';

const base = (text: string): number => parseIpv4(text)!;

export const mgmtVlan = (cluster: number): number => 3000 + cluster;
export const vmotionVlan = (cluster: number): number => 3300 + cluster;
export const backupVlan = (cluster: number): number => 3600 + cluster;

export const tenantSubnet = (cluster: number, n: number): number =>
  base('10.0.0.0') + (cluster + 1) * 65536 + n * 256;
export const tenantBlock = (cluster: number): string => `10.${cluster + 1}.0.0/16`;
export const mgmtSubnet = (cluster: number): number => base('172.16.0.0') + cluster * 256;
export const vmotionSubnet = (cluster: number): number => base('172.17.0.0') + cluster * 256;
export const backupSubnet = (cluster: number): number => base('172.18.0.0') + cluster * 1024;
export const BACKUP_PREFIX = 22;
export const t1TransitIp = (cluster: number): string => formatIpv4(base('100.64.0.10') + cluster);
export const publishedIp = (n: number): string => formatIpv4(base('203.0.113.10') + n);

/** Address `offset` inside a subnet, written with a prefix ("10.1.3.12/24") or bare. */
export const addressIn = (subnet: number, offset: number, prefix?: number): string =>
  prefix === undefined ? formatIpv4(subnet + offset) : `${formatIpv4(subnet + offset)}/${prefix}`;

export const subnetText = (subnet: number, prefix: number): string => `${formatIpv4(subnet)}/${prefix}`;

/** Hands out the tenant VLANs, each once. */
export class VlanPool {
  private next = 100;

  take(): number {
    if (this.next > 2999) throw new RangeError('more than 2,900 tenant port groups: the VLAN plan is full');
    return this.next++;
  }
}
