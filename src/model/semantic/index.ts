// The rules of MODEL.md 1.1 that a schema cannot express: ids, references,
// VLAN forms against their switch, uplinks, cables, DHCP ranges, NAT, flows.
import type { Design, ValidationError } from '../types';

export function semanticErrors(_doc: Design): ValidationError[] {
  return [];
}
