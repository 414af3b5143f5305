// A new flow: its two ends and a service, checked as they are typed; "Add"
// commits them as one command.
import { useState, type FormEvent } from 'react';
import { addFlow } from '../../model/commands/flows';
import { FieldShell } from '../inspector/fields/FieldShell';
import { type Parser } from '../inspector/fields/parsers';
import { useRun } from '../inspector/useEdit';
import { useEndpoints } from './EndpointField';
import { parseOptionalFlowService } from '../inspector/fields/fieldParsers';

const parseService = parseOptionalFlowService;

interface DraftInputProps {
  label: string;
  testId: string;
  value: string;
  error: string | null;
  onChange: (text: string) => void;
  placeholder: string;
  list?: string;
}

function DraftInput({ label, testId, value, error, onChange, placeholder, list }: DraftInputProps) {
  return (
    <FieldShell label={label} testId={testId} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          value={value}
          list={list}
          placeholder={placeholder}
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-testid={testId}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** The error for text already typed; an untouched empty box shows none yet. */
const errorOf = <T,>(parse: Parser<T>, text: string): string | null => {
  if (text.trim() === '') return null;
  const parsed = parse(text);
  return parsed.ok ? null : parsed.error;
};

export function AddFlowForm() {
  const run = useRun();
  const { listId, parse: parseEnd } = useEndpoints();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [service, setService] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const errors = {
    from: errorOf(parseEnd, from),
    to: errorOf(parseEnd, to),
    service: errorOf(parseService, service),
  };
  const ready = from.trim() !== '' && to.trim() !== '' && !errors.from && !errors.to && !errors.service;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const svc = service.trim();
    const reason = run(addFlow, { from: from.trim(), to: to.trim(), ...(svc ? { service: svc } : {}) });
    setRefusal(reason);
    if (reason === null) {
      setFrom('');
      setTo('');
      setService('');
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
