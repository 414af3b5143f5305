// A new flow: its two ends, a service and what is expected of it, checked as
// they are typed; "Add" commits them as one command. Size and DF are edited
// on the flow's row once it exists (their defaults suit most flows).
import { useState, type FormEvent } from 'react';
import { addFlow } from '../../model/commands/flows';
import type { Flow } from '../../model/types';
import { parseOptionalFlowService } from '../inspector/fields/fieldParsers';
import { SelectField } from '../inspector/fields/SelectField';
import { useRun } from '../inspector/useEdit';
import { DraftInput, draftError } from './DraftInput';
import { useEndpoints } from './EndpointField';
import { EXPECTS } from './useFlowFields';

const parseService = parseOptionalFlowService;

export function AddFlowForm() {
  const run = useRun();
  const { listId, parse: parseEnd } = useEndpoints();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [service, setService] = useState('');
  const [expect, setExpect] = useState<NonNullable<Flow['expect']>>('allow');
  const [refusal, setRefusal] = useState<string | null>(null);
  const errors = {
    from: draftError(parseEnd, from),
    to: draftError(parseEnd, to),
    service: draftError(parseService, service),
  };
  const ready = from.trim() !== '' && to.trim() !== '' && !errors.from && !errors.to && !errors.service;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const svc = service.trim();
    const reason = run(addFlow, {
      from: from.trim(),
      to: to.trim(),
      ...(svc ? { service: svc } : {}),
      // "allow" is the default: the file keeps only what differs from it.
      ...(expect === 'deny' ? { expect } : {}),
    });
    setRefusal(reason);
    if (reason === null) {
      setFrom('');
      setTo('');
      setService('');
      setExpect('allow');
    }
  };
  return (
    <form className="add-flow" onSubmit={submit} aria-label="Add a flow">
      <DraftInput
        label="From"
        testId="flows.add.from"
        value={from}
        error={errors.from}
        onChange={setFrom}
        placeholder="VM, adapter, host or IPv4"
        list={listId}
      />
      <DraftInput
        label="To"
        testId="flows.add.to"
        value={to}
        error={errors.to}
        onChange={setTo}
        placeholder="VM, adapter, host or IPv4"
        list={listId}
      />
      <DraftInput
        label="Service"
        testId="flows.add.service"
        value={service}
        error={errors.service}
        onChange={setService}
        placeholder="icmp"
      />
      <SelectField
        label="Expect"
        testId="flows.add.expect"
        value={expect}
        options={EXPECTS}
        onCommit={(value) => {
          setExpect(value === 'deny' ? 'deny' : 'allow');
          return null;
        }}
      />
      <button type="submit" disabled={!ready} data-testid="flows.add.submit">
        + Add flow
      </button>
      {refusal && (
        <span className="field-error" role="alert" data-testid="flows.add.error">
          {refusal}
        </span>
      )}
    </form>
  );
}
