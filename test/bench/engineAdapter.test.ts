// The runner measures edits through the engine's incremental API when there
// is one, and through full re-evaluation otherwise.
import { describe, expect, it } from 'vitest';
import { chooseAdapter, type DesignEdit, type EngineModule } from '../../bench/engineAdapter';
import type { Evaluation } from '../../src/engine/types';
import type { Design } from '../../src/model/types';

const result = (tag: string): Evaluation => ({
  valid: true,
  ok: true,
  flows: [],
  problems: [],
  links: { [tag]: 'ok' },
});
const doc = (name: string): Design => ({ format: 'vnet-design', version: 1, name });
const edit: DesignEdit = {
  kind: 'adapter-ip',
  doc: doc('edited'),
  ops: [{ op: 'set', path: ['name'], value: 'edited' }],
};

describe('chooseAdapter', () => {
  it('re-evaluates the edited document in full when the engine has no incremental API', () => {
    const seen: string[] = [];
    const engine: EngineModule = { evaluate: (d) => (seen.push(d.name ?? ''), result('full')) };
    const session = chooseAdapter(engine).open(doc('start'));
    expect(session.apply(edit)).toEqual(result('full'));
    expect(seen).toEqual(['edited']);
  });

  it('sends the patch to update(ops) when createEvaluator offers it', () => {
    const calls: unknown[] = [];
    const engine: EngineModule = {
      evaluate: () => result('full'),
      createEvaluator: (d: Design) => {
        calls.push(['create', d.name]);
        return { update: (ops: unknown) => (calls.push(['update', ops]), result('incremental')) };
      },
    };
    const adapter = chooseAdapter(engine);
    expect(adapter.name).toMatch(/incremental/);
    const session = adapter.open(doc('start'));
    expect(session.apply(edit)).toEqual(result('incremental'));
    expect(calls).toEqual([
      ['create', 'start'],
      ['update', edit.ops],
    ]);
  });

  it('hands the edited document to apply(doc), then reads evaluate() when apply returns nothing', () => {
    let current = '';
    const engine: EngineModule = {
      evaluate: () => result('full'),
      createEvaluator: (d: Design) => {
        current = d.name ?? '';
        return { apply: (next: Design) => void (current = next.name ?? ''), evaluate: () => result(current) };
      },
    };
    expect(chooseAdapter(engine).open(doc('start')).apply(edit)).toEqual(result('edited'));
  });

  it('refuses an incremental evaluator it cannot feed edits to', () => {
    const engine: EngineModule = { evaluate: () => result('full'), createEvaluator: () => ({}) };
    expect(() => chooseAdapter(engine).open(doc('start'))).toThrow(/neither update/);
  });
});
