import type { IndexedElement } from '../../model/elementIndex';
import { hostKind } from '../../model/defaults';

const SWITCH_TITLES: Record<string, string> = {
  standard: 'Standard switch',
  distributed: 'Distributed switch',
  nat: 'NAT network',
  hostonly: 'Host-only network',
  bridged: 'Bridged network',
  segment: 'LAN segment',
};

/** The heading of an element's form: what a VMware admin would call it. */
export function kindTitle(entry: IndexedElement): string {
  switch (entry.kind) {
    case 'host':
      return hostKind(entry.el) === 'esxi' ? 'ESXi host' : 'Workstation host';
    case 'vmkernel':
      return 'VMkernel adapter';
    case 'switch':
      return SWITCH_TITLES[entry.el.type] ?? 'Switch';
    case 'portGroup':
      return 'Port group';
    case 'vm':
      return 'Virtual machine';
    case 'vmNic':
      return 'Network adapter';
    case 'physicalSwitch':
      return 'Physical switch';
    case 'router':
      return 'Router';
    case 'routerInterface':
      return 'Router interface';
    case 'cable':
      return 'Cable';
    case 'rule':
      return 'Firewall rule';
    case 'gatewayRule':
      return 'Gateway firewall rule';
    case 'flow':
      return 'Flow';
  }
}
