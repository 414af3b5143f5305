// A flow end: type an IPv4 address, or pick an element from the suggestions
// (VMs, adapters, VMkernel adapters, router interfaces, hosts). The suggestions
// and the parser are built once per panel (EndpointsProvider), not per field:
// a design with thousands of VMs has thousands of flow ends to offer.
import { createContext, useContext, useId, useMemo, type ReactNode } from 'react';
import type { Design } from '../../model/types';
import type { Parser } from '../inspector/fields/parsers';
import { TextField } from '../inspector/fields/TextField';
import type { Commit } from '../inspector/fields/useDraft';
import { endpointOptions, endpointParser } from './endpoints';

interface Endpoints {
  listId: string;
  parse: Parser<string>;
}

const EndpointsContext = createContext<Endpoints | null>(null);

export function useEndpoints(): Endpoints {
  const endpoints = useContext(EndpointsContext);
  if (!endpoints) throw new Error('flow end fields must be inside <EndpointsProvider>');
  return endpoints;
}

export function EndpointsProvider({ doc, children }: { doc: Design; children: ReactNode }) {
  const listId = useId();
  const value = useMemo(() => ({ listId, parse: endpointParser(doc) }), [listId, doc]);
  const options = useMemo(() => endpointOptions(doc), [doc]);
  return (
    <EndpointsContext.Provider value={value}>
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </datalist>
      {children}
    </EndpointsContext.Provider>
  );
}

export interface EndpointFieldProps {
  label: string;
  testId: string;
  value: string;
  onCommit: Commit<string>;
  hideLabel?: boolean;
}

export function EndpointField(props: EndpointFieldProps) {
  const { listId, parse } = useEndpoints();
  return <TextField {...props} parse={parse} list={listId} placeholder="VM, adapter, host or IPv4" />;
}
