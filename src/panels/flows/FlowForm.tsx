// A flow selected on its own: its fields as a form in the inspector.
import type { Design, Flow } from '../../model/types';
import { IdNameFields, NotesField } from '../inspector/forms/CommonFields';
import { EndpointsProvider } from './EndpointField';
import { useFlowFields } from './useFlowFields';

export function FlowForm({ flow, doc }: { flow: Flow; doc: Design }) {
  return (
    <EndpointsProvider doc={doc}>
      <FlowFormFields flow={flow} />
    </EndpointsProvider>
  );
}

function FlowFormFields({ flow }: { flow: Flow }) {
  const fields = useFlowFields(flow, 'inspector.flow', false);
  return (
    <>
      <IdNameFields kind="flow" el={flow} />
      {fields
        .filter((f) => f.key !== 'name')
        .map((f) => (
          <div key={f.key}>{f.node}</div>
        ))}
      <NotesField kind="flow" el={flow} />
    </>
  );
}
