// The "Test from here" popover: a destination and a service, Run asks the
// evaluator about that flow without saving it, and the verdict, message and
// hops show here while its path is highlighted on the canvas. Nothing enters
// the document until "Save as flow".
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { addFlow, type AddFlowArgs } from '../../model/commands/flows';
import { displayName } from '../../model/defaults';
import type { Design } from '../../model/types';
import { useAppStoreApi } from '../../store/StoreProvider';
import { DraftInput, draftError } from '../flows/DraftInput';
import { EndpointsProvider, useEndpoints } from '../flows/EndpointField';
import { parseOptionalFlowService } from '../inspector/fields/fieldParsers';
import { useDesignContent } from '../inspector/useEdit';
import { Trace } from '../trace/Trace';
import { useRevealPath } from '../trace/useReveal';
import { VerdictBadge } from '../trace/VerdictBadge';
import type { ProbeFlow } from './probeBridge';
import { probeArgs } from './probeDraft';
import { useProbe, type ProbeState } from './useProbe';
import './testFromHere.css';

/** The popover's width, which fitting a path into view leaves clear on the right of the canvas. */
const WIDTH = 440;
const CLEAR_OF_POPOVER = { top: '40px', bottom: '40px', left: '40px', right: `${WIDTH + 40}px` } as const;

interface TestFromHereProps {
  source: string;
  probe: ProbeFlow;
  onClose: () => void;
}

export function TestFromHere({ source, probe, onClose }: TestFromHereProps) {
  const doc = useDesignContent();
  const vm = doc.vms?.find((v) => v.id === source);
  // The VM went away (deleted, another design loaded): there is nothing to test from.
  useEffect(() => {
    if (!vm) onClose();
  }, [vm, onClose]);
  if (!vm) return null;
  const name = displayName(vm);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onClose();
  };
  return (
    <section
      className="test-from-here"
      style={{ width: WIDTH }}
      role="dialog"
      aria-label={`Test from ${name}`}
      data-testid="test-from-here.popover"
      onKeyDown={onKeyDown}
    >
      <header className="test-from-here-header">
        <h2>Test from {name}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close"
          data-testid="test-from-here.close"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <EndpointsProvider doc={doc}>
        <ProbeForm source={source} sourceName={name} doc={doc} probe={probe} />
      </EndpointsProvider>
    </section>
  );
}

type Saved = { args: AddFlowArgs; id: string } | { refusal: string };

function ProbeForm({
  source,
  sourceName,
  doc,
  probe,
}: {
  source: string;
  sourceName: string;
  doc: Design;
  probe: ProbeFlow;
}) {
  const store = useAppStoreApi();
  const { listId, parse } = useEndpoints();
  const [to, setTo] = useState('');
  const [service, setService] = useState('');
  const [saved, setSaved] = useState<Saved | null>(null);
  const { state, run } = useProbe(probe);
  const errors = { to: draftError(parse, to), service: draftError(parseOptionalFlowService, service) };
  const ready = to.trim() !== '' && !errors.to && !errors.service;
  const tested = state.status === 'idle' ? null : state.args;

  // After an edit, the same flow is tried again, so the verdict shown is never stale.
  const lastDoc = useRef(doc);
  useEffect(() => {
    if (lastDoc.current === doc) return;
    lastDoc.current = doc;
    if (tested) run(tested, true);
  }, [doc, tested, run]);

  // A run the user asked for takes the canvas highlight (and brings the path into view); a re-run
  // keeps the highlight only if it still has it.
  const revealPath = useRevealPath();
  useEffect(() => {
    if (state.status !== 'done') return;
    const { highlight, highlightProbe } = store.getState();
    if (!state.rerun || highlight?.kind === 'probe') highlightProbe(state.result);
    if (!state.rerun) revealPath(state.result, CLEAR_OF_POPOVER);
  }, [state, store, revealPath]);
  useEffect(() => () => store.getState().clearHighlight('probe'), [store]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) run(probeArgs(source, to, service));
  };
  const save = () => {
    if (state.status !== 'done') return;
    const { apply, togglePanel } = store.getState();
    const before = new Set((store.getState().doc.flows ?? []).map((f) => f.id));
    const refusal = apply(addFlow, state.args);
    if (refusal) return setSaved({ refusal });
    const id = (store.getState().doc.flows ?? []).find((f) => !before.has(f.id))?.id ?? '';
    setSaved({ args: state.args, id });
    togglePanel('flows', true);
  };

  return (
    <>
      <form className="test-from-here-form" onSubmit={submit} aria-label={`Flow from ${sourceName}`}>
        <DraftInput
          label="To"
          testId="test-from-here.to"
          value={to}
          error={errors.to}
          onChange={setTo}
          placeholder="VM, adapter or IPv4"
          list={listId}
          autoFocus
        />
        <DraftInput
          label="Service"
          testId="test-from-here.service"
          value={service}
          error={errors.service}
          onChange={setService}
          placeholder="icmp"
        />
        <button type="submit" disabled={!ready} data-testid="test-from-here.run">
          Run
        </button>
      </form>
      <ProbeOutcome state={state} saved={saved} sourceName={sourceName} onSave={save} />
    </>
  );
}

interface OutcomeProps {
  state: ProbeState;
  saved: Saved | null;
  sourceName: string;
  onSave: () => void;
}

function ProbeOutcome({ state, saved, sourceName, onSave }: OutcomeProps) {
  if (state.status === 'idle')
    return <p className="muted">Pick a destination and run: the verdict shows here, and nothing is saved.</p>;
  if (state.status === 'failed')
    return (
      <p className="field-error" role="alert" data-testid="test-from-here.error">
        Could not test this flow: {state.error}
      </p>
    );
  const result = state.status === 'done' ? state.result : state.previous;
  // Saved applies to the flow tried last: a new run may be saved again.
  const savedId = saved && 'args' in saved && saved.args === state.args ? saved.id : null;
  return (
    <div
      className="test-from-here-result"
      data-testid="test-from-here.result"
      aria-busy={state.status === 'running'}
      aria-live="polite"
    >
      {result ? (
        <>
          <p className="test-from-here-verdict">
            <VerdictBadge result={result} testId="test-from-here.verdict" />{' '}
            <span data-testid="test-from-here.message">{result.message}</span>
          </p>
          <Trace result={result} title={`${sourceName} → ${state.args.to}`} />
        </>
      ) : (
        <p className="muted">Testing…</p>
      )}
      <div className="test-from-here-actions">
        <button
          type="button"
          disabled={state.status !== 'done' || savedId !== null}
          data-testid="test-from-here.save"
          onClick={onSave}
        >
          Save as flow
        </button>
        {savedId !== null && (
          <span className="muted" data-testid="test-from-here.saved">
            Saved as {savedId}: it is in the flows list.
          </span>
        )}
        {saved && 'refusal' in saved && (
          <span className="field-error" role="alert">
            {saved.refusal}
          </span>
        )}
      </div>
    </div>
  );
}
