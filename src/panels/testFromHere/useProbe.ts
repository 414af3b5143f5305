// Runs tried flows through the evaluator. The latest run wins: an answer to
// an older run (the user ran again, or the design changed meanwhile) is dropped.
import { useCallback, useRef, useState } from 'react';
import type { FlowResult } from '../../engine/types';
import type { AddFlowArgs } from '../../model/commands/flows';
import type { ProbeFlow } from './probeBridge';
import { probeFlow } from './probeDraft';

export type ProbeState =
  | { status: 'idle' }
  | { status: 'running'; args: AddFlowArgs; previous: FlowResult | null }
  | { status: 'done'; args: AddFlowArgs; result: FlowResult; rerun: boolean }
  | { status: 'failed'; args: AddFlowArgs; error: string };

export function useProbe(probe: ProbeFlow) {
  const [state, setState] = useState<ProbeState>({ status: 'idle' });
  const latest = useRef(0);
  /** `rerun`: the same flow again after an edit, rather than the user pressing Run. */
  const run = useCallback(
    (args: AddFlowArgs, rerun = false) => {
      const ticket = ++latest.current;
      setState((s) => ({ status: 'running', args, previous: s.status === 'done' ? s.result : null }));
      probe(probeFlow(args)).then(
        (result) => ticket === latest.current && setState({ status: 'done', args, result, rerun }),
        (error: unknown) =>
          ticket === latest.current &&
          setState({ status: 'failed', args, error: error instanceof Error ? error.message : String(error) }),
      );
    },
    [probe],
  );
  return { state, run };
}
