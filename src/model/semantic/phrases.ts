// How errors name things, so that every message reads the same way.
import type { ValidationError } from '../types';
import type { IdEntry } from './registry';
import { DESKTOP_TYPES, type SwitchType } from '../types';

export const quote = (value: string): string => JSON.stringify(value);

const SWITCH_PHRASES: Record<SwitchType, string> = {
  standard: 'a standard switch',
  distributed: 'a distributed switch',
  nat: 'a NAT network',
  hostonly: 'a host-only network',
  bridged: 'a bridged network',
  segment: 'a LAN segment',
};

/** "a standard switch", "an ESXi host": what an id names, with its article. */
export function kindPhrase(entry: IdEntry): string {
  switch (entry.kind) {
    case 'host':
      if (entry.hostKind === 'esxi') return 'an ESXi host';
      return entry.hostKind === 'workstation' ? 'a workstation host' : 'a host';
    case 'vmkernel':
      return 'a VMkernel adapter';
    case 'switch':
      return entry.switchType ? SWITCH_PHRASES[entry.switchType] : 'a switch';
    case 'portGroup':
      return 'a port group';
    case 'vm':
      return 'a VM';
    case 'vmNic':
      return 'a VM adapter';
    case 'physicalSwitch':
      return 'a physical switch';
    case 'router':
      return 'a router';
    case 'routerInterface':
      return 'a router interface';
    case 'cable':
      return 'a cable';
    case 'rule':
      return 'a firewall rule';
    case 'gatewayRule':
      return 'a gateway firewall rule';
    case 'flow':
      return 'a flow';
  }
}

/** "a NAT network" without its article, to start a sentence about the kind. */
export function switchNoun(kind: SwitchType): string {
  return SWITCH_PHRASES[kind].replace(/^an? /, '');
}

export const isDesktopKind = (kind: SwitchType | undefined): boolean =>
  kind !== undefined && (DESKTOP_TYPES as readonly string[]).includes(kind);

/** Collects errors; checks push into it so that each reports every error it finds. */
export class ErrorList {
  readonly items: ValidationError[] = [];
  add(path: string, message: string): void {
    this.items.push({ path, message });
  }
}
