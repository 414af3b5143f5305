// The ids a firewall selector may name (MODEL.md firewall): VMs, VM adapters,
// port groups, switches and desktop networks, hosts.
import { listElements } from '../../model/elementIndex';
import type { Design } from '../../model/types';

const SELECTABLE = new Set(['vm', 'vmNic', 'portGroup', 'switch', 'host']);

export function selectorIds(doc: Design): Set<string> {
  return new Set(
    listElements(doc)
      .filter((e) => SELECTABLE.has(e.kind))
      .map((e) => e.id),
  );
}
