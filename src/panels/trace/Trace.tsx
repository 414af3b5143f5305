// A flow's hops listed like a traceroute. Each hop selects its element on
// the canvas; the hop where the packet stopped is red, with the reason.
import type { FlowResult } from '../../engine/types';
import { copyText } from '../../io/clipboard';
import { useAppStoreApi } from '../../store/StoreProvider';
import { traceRows, traceText, verdictText } from './traceRows';
import { useRevealElement } from './useReveal';
import './trace.css';

export function Trace({ result, title }: { result: FlowResult; title: string }) {
  const reveal = useRevealElement();
  const store = useAppStoreApi();
  const rows = traceRows(result);
  const copy = () =>
    void copyText(traceText(result)).then((copied) =>
      store
        .getState()
        .notify(
          copied
            ? { kind: 'success', text: `Copied the trace of ${title}` }
            : { kind: 'error', text: 'The browser refused to copy to the clipboard' },
        ),
    );
  return (
    <section className="trace" data-testid="trace" aria-label={`Path of ${title}`}>
      <div className="trace-heading">
        <span className="trace-title">
          Path of {title}:{' '}
          <strong className={`verdict-text verdict-text-${result.verdict}`}>{verdictText(result)}</strong>
        </span>
        <button type="button" className="trace-copy" data-testid="trace.copy" onClick={copy}>
          Copy as text
        </button>
      </div>
      <ol className="trace-hops">
        {rows.map((row) => (
          <li
            key={row.n}
            className={`trace-hop${row.stop ? ` is-stop stop-${result.verdict}` : ''}`}
            data-testid="trace-hop"
            data-element={row.element}
            data-kind={row.kind}
            data-stop={row.stop ? 'true' : undefined}
          >
            <button
              type="button"
              disabled={row.element === ''}
              title={row.element ? `Select ${row.element}` : 'Outside the design'}
              onClick={() => reveal(row.element)}
            >
              {/* The spaces between the cells make the row read (and copy) as one traceroute line. */}
              <span className="trace-n">{row.n}</span>{' '}
              <span className="trace-element">
                {row.element || 'outside'} <span className="trace-kind">({row.kind})</span>
              </span>{' '}
              <span className="trace-note">{row.note}</span>
              {row.stop && <span className="trace-reason"> {verdictText(result)}</span>}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
