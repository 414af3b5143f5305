// The examples teach by their results: every flow meets its expectation and
// nothing is flagged, except the one fault the jumbo-frame example is about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/index';
import { parseDesignText } from '../../model/validate';

const folder = join(import.meta.dirname, '../../../public/examples');

function evaluateExample(file: string) {
  const result = parseDesignText(readFileSync(join(folder, file), 'utf8'));
  if (!result.ok) throw new Error(`${file} is invalid`);
  return evaluate(result.doc);
}

const summary = (file: string) => {
  const evaluation = evaluateExample(file);
  return {
    failing: evaluation.flows.filter((f) => !f.pass).map((f) => `${f.id}: ${f.verdict} at ${f.at}`),
    problems: evaluation.problems.map((p) => `${p.code}: ${p.elements.join(', ')}`),
  };
};

describe('example verdicts', () => {
  it.each([['workstation-nat-lab.json'], ['two-host-cluster.json'], ['three-tier-app.json']])(
    '%s: every flow passes and there is no problem',
    (file) => {
      expect(summary(file)).toEqual({ failing: [], problems: [] });
    },
  );

  it('three-tier-app.json: denied flows are stopped where a designer expects', () => {
    const flows = new Map(evaluateExample('three-tier-app.json').flows.map((f) => [f.id, f]));
    expect(flows.get('f-web-db')).toMatchObject({ verdict: 'blocked', rule: 'default' });
    expect(flows.get('f-quarantined')).toMatchObject({ verdict: 'blocked', rule: 'fw-quarantine' });
    expect(flows.get('f-internet-db')).toMatchObject({ verdict: 'unreachable', reason: 'nat' });
    expect(flows.get('f-customer-web')).toMatchObject({ verdict: 'allowed', at: 'web-01-n0' });
  });

  it('jumbo-vmotion.json: only jumbo vMotion to esx3 fails, for MTU at the misconfigured port', () => {
    expect(summary('jumbo-vmotion.json')).toEqual({
      failing: ['f-vmotion-13: mtu at tor1'],
      problems: ['mtu-mismatch: dvs1, tor1'],
    });
  });
});
