// A flow's editable fields, laid out as a table row (FlowsPanel) or a form
// (the inspector's FlowForm).
import type { ReactNode } from 'react';
import { flowDf, flowExpect } from '../../model/defaults';
import { packetSize } from '../../model/fields';
import type { Flow } from '../../model/types';
import { CheckboxField } from '../inspector/fields/CheckboxField';
import { NumberField } from '../inspector/fields/NumberField';
import { SelectField } from '../inspector/fields/SelectField';
import { TextField } from '../inspector/fields/TextField';
import { useUpdate } from '../inspector/useEdit';
import { EndpointField } from './EndpointField';
import { parseOptionalFlowService, parseOptionalName } from '../inspector/fields/fieldParsers';

export interface FlowField {
  key: string;
  header: string;
  node: ReactNode;
}

export const EXPECTS = [
  { value: 'allow', label: 'Allowed' },
  { value: 'deny', label: 'Denied' },
];

/** Inside an EndpointsProvider, which offers the flow ends. */
export function useFlowFields(flow: Flow, prefix: string, compact: boolean): FlowField[] {
  const update = useUpdate(flow.id);
  const what = flow.name ?? flow.id;
  const common = (key: string, header: string) => ({
    label: compact ? `${header} of ${what}` : header,
    testId: `${prefix}.${key}`,
    hideLabel: compact,
  });
  return [
    {
      key: 'name',
      header: 'Name',
      node: (
        <TextField
          {...common('name', 'Name')}
          value={flow.name ?? ''}
          placeholder={flow.id}
          parse={parseOptionalName}
          onCommit={(name) => update({ name })}
        />
      ),
    },
    {
      key: 'from',
      header: 'From',
      node: (
        <EndpointField {...common('from', 'From')} value={flow.from} onCommit={(from) => update({ from })} />
      ),
    },
    {
      key: 'to',
      header: 'To',
      node: <EndpointField {...common('to', 'To')} value={flow.to} onCommit={(to) => update({ to })} />,
    },
    {
      key: 'service',
      header: 'Service',
      node: (
        <TextField
          {...common('service', 'Service')}
          value={flow.service ?? ''}
          placeholder="icmp"
          parse={parseOptionalFlowService}
          onCommit={(service) => update({ service })}
        />
      ),
    },
    {
      key: 'size',
      header: 'Size',
      node: (
        <NumberField
          {...common('size', 'Size')}
          value={flow.size}
          schema={packetSize}
          placeholder="path MTU"
          onCommit={(size) => update({ size })}
        />
      ),
    },
    {
      key: 'df',
      header: 'DF',
      node: (
        <CheckboxField
          {...common('df', "Don't fragment")}
          checked={flowDf(flow)}
          onCommit={(df) => update({ df: df ? undefined : false })}
        />
      ),
    },
    {
      key: 'expect',
      header: 'Expect',
      node: (
        <SelectField
          {...common('expect', 'Expectation')}
          value={flowExpect(flow)}
          options={EXPECTS}
          onCommit={(expect) =>
            update({ expect: expect === 'allow' && flow.expect === undefined ? undefined : expect })
          }
        />
      ),
    },
  ];
}
