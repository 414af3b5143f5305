// What a flow may start or end at (MODEL.md flows[]): a VM, a VM adapter, a
// VMkernel adapter, a router interface, a host, or an IPv4 address.
import { indexDesign, listElements } from '../../model/elementIndex';
import { endpointField } from '../../model/schema';
import type { Design } from '../../model/types';
import { fromSchema, refine, type Parser } from '../inspector/fields/parsers';
import type { Option } from '../inspector/fields/SelectField';
import { labelOf } from '../inspector/options';

const ENDPOINT_KINDS: Record<string, string> = {
  vm: 'VM',
  vmNic: 'adapter',
  vmkernel: 'VMkernel',
  routerInterface: 'interface',
  host: 'host',
};

export function endpointOptions(doc: Design): Option[] {
  return listElements(doc)
    .filter((e) => e.kind in ENDPOINT_KINDS)
    .map((e) => ({ value: e.id, label: `${ENDPOINT_KINDS[e.kind]}: ${labelOf(e.el)}` }));
}

const DOTTED = /^\d+(\.\d+){3}$/;

export function endpointParser(doc: Design): Parser<string> {
  const index = indexDesign(doc);
  return refine(fromSchema(endpointField), (end) => {
    if (DOTTED.test(end)) return null;
    const entry = index.get(end);
    if (!entry) return `"${end}" names nothing in this design: pick an element or type an IPv4 address`;
    return entry.kind in ENDPOINT_KINDS
      ? null
      : `"${end}" is a ${entry.kind}; a flow starts or ends at a VM, adapter, interface, host or address`;
  });
}
