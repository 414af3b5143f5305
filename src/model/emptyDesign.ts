import { CURRENT_VERSION, FORMAT } from './schema';
import type { Design } from './types';

export function emptyDesign(name = 'Untitled design'): Design {
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    name,
    hosts: [],
    switches: [],
    portGroups: [],
    vms: [],
    physicalSwitches: [],
    routers: [],
    cables: [],
    firewall: { default: 'allow', rules: [] },
    flows: [],
    layout: {},
  };
}
