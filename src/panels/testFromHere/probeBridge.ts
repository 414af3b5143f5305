// The evaluator starts in an effect of App, after the components that want to
// try a flow have rendered: the bridge hands them a stable `probe` function
// now and routes it to the evaluator once it is connected.
import type { FlowResult } from '../../engine/types';
import type { Flow } from '../../model/types';

export type ProbeFlow = (flow: Flow) => Promise<FlowResult>;

export interface ProbeBridge {
  probe: ProbeFlow;
  /** Routes probes to `target` until the returned function disconnects it. */
  connect: (target: { probe: ProbeFlow }) => () => void;
}

export function createProbeBridge(): ProbeBridge {
  let current: { probe: ProbeFlow } | null = null;
  return {
    probe: (flow) =>
      current ? current.probe(flow) : Promise.reject(new Error('the evaluator is not running yet')),
    connect: (target) => {
      current = target;
      return () => {
        if (current === target) current = null;
      };
    },
  };
}
