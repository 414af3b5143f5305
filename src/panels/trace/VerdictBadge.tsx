// A flow's verdict as a coloured badge, with whether it met its expectation.
import type { FlowResult } from '../../engine/types';
import { verdictText } from './traceRows';
import './trace.css';

export function VerdictBadge({ result, testId }: { result: FlowResult | undefined; testId: string }) {
  if (!result)
    return (
      <span className="verdict verdict-pending" data-testid={testId} data-verdict="" title="Being evaluated">
        …
      </span>
    );
  const expectation = `expected ${result.expected === 'allow' ? 'to be allowed' : 'to be denied'}`;
  return (
    <span
      className={`verdict verdict-${result.verdict} ${result.pass ? 'is-pass' : 'is-fail'}`}
      data-testid={testId}
      data-verdict={result.verdict}
      data-pass={String(result.pass)}
      title={`${verdictText(result)}: ${result.pass ? 'as' : 'not as'} ${expectation}`}
    >
      <span className="verdict-mark" aria-hidden="true">
        {result.pass ? '✓' : '✗'}
      </span>
      {result.verdict}
      <span className="visually-hidden">{result.pass ? ', as expected' : `, ${expectation}`}</span>
    </span>
  );
}
