// One document evaluated version after version (createEvaluator in index.ts):
// each phase keeps what the previous version left it and redoes only what
// the new version's changes reach (contextBuilder.ts and delta.ts for the
// context, shadowing.ts for firewall verdicts, problems/phase.ts for the
// other problems, flowPhase.ts for flows, linkStatus.ts for link statuses).
// A version that differs only in layout gets the previous result as is.
import type { Design, Flow } from '../model/types';
import type { EngineContext } from './context';
import { ContextBuilder } from './contextBuilder';
import { flowResult } from './flows';
import { FlowPhase } from './flowPhase';
import { LinkPhase } from './linkStatus';
import { ProblemPhase } from './problems/phase';
import { Shadows } from './shadowing';
import type { Evaluation, FlowResult } from './types';

/** Whether two versions of a document differ in nothing but layout (view only). */
function sameBesideLayout(a: Design, b: Design): boolean {
  if (a === b) return true;
  const keysA = Object.keys(a).filter((k) => k !== 'layout');
  const keysB = Object.keys(b).filter((k) => k !== 'layout');
  const recordA = a as unknown as Record<string, unknown>;
  const recordB = b as unknown as Record<string, unknown>;
  return keysA.length === keysB.length && keysA.every((k) => k in recordB && recordA[k] === recordB[k]);
}

export class EvaluationSession {
  private readonly contexts = new ContextBuilder();
  private readonly shadows = new Shadows();
  private readonly flows = new FlowPhase();
  private readonly links = new LinkPhase();
  private readonly problems = new ProblemPhase();
  private doc: Design | null = null;
  private ctx: EngineContext | null = null;
  private result: Evaluation | null = null;

  evaluate(doc: Design): Evaluation {
    if (this.doc && this.result && sameBesideLayout(this.doc, doc)) {
      this.doc = doc;
      return this.result;
    }
    const { ctx, delta } = this.contexts.build(doc);
    const problems = this.problems.update(ctx, delta, this.shadows.update(ctx, delta));
    const flows = this.flows.update(ctx, delta);
    const links = this.links.update(ctx, flows, problems, delta);
    const ok = flows.every((f) => f.pass) && !problems.some((p) => p.severity === 'error');
    this.doc = doc;
    this.ctx = ctx;
    this.result = { valid: true, ok, flows, problems, links };
    return this.result;
  }

  /** An ad-hoc flow on the current version ("Test from here"). */
  flow(flow: Flow): FlowResult {
    if (!this.ctx) throw new Error('no document evaluated yet');
    return flowResult(this.ctx, flow);
  }
}
