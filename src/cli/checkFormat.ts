// The readable output of `check` (MODEL.md section 3): one line per flow and
// per problem, then a summary. Colour only when asked (a TTY without NO_COLOR).
import type { Evaluation, FlowResult, Problem } from '../engine/types';
import type { ValidationError } from '../model/types';

export interface Paint {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const code = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const COLOUR: Paint = {
  green: code(32, 39),
  red: code(31, 39),
  yellow: code(33, 39),
  dim: code(2, 22),
  bold: code(1, 22),
};

const same = (text: string) => text;
export const PLAIN: Paint = { green: same, red: same, yellow: same, dim: same, bold: same };

function verdictText(f: FlowResult): string {
  if (f.verdict === 'allowed') return 'allowed';
  const rule = f.rule ? ` (${f.rule})` : '';
  const reason = f.reason && f.reason !== 'mtu' ? `/${f.reason}` : '';
  return `${f.verdict}${reason}${rule}${f.at ? ` at ${f.at}` : ''}`;
}

export function flowLine(f: FlowResult, paint: Paint): string {
  const mark = f.pass ? paint.green('PASS') : paint.red('FAIL');
  const expectation = f.expected === 'deny' ? paint.dim(' [expect deny]') : '';
  return `${mark} ${paint.bold(f.id)}  ${verdictText(f)}${expectation}  ${paint.dim(f.message)}`;
}

export function problemLine(p: Problem, paint: Paint): string {
  const colour = p.severity === 'error' ? paint.red : p.severity === 'warning' ? paint.yellow : paint.dim;
  const severity = colour(p.severity.padEnd(7));
  return `${severity} ${paint.bold(p.code)}  ${p.message}  ${paint.dim(`[${p.elements.join(', ')}]`)}`;
}

export function summaryLine(result: Evaluation, paint: Paint): string {
  const passed = result.flows.filter((f) => f.pass).length;
  const count = (severity: string) => result.problems.filter((p) => p.severity === severity).length;
  const verdict = result.ok ? paint.green('ok') : paint.red('not ok');
  return (
    `${result.flows.length} flows (${passed} pass, ${result.flows.length - passed} fail), ` +
    `${result.problems.length} problems (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info): ${verdict}`
  );
}

export function formatEvaluation(result: Evaluation, paint: Paint): string {
  const lines = [
    ...result.flows.map((f) => flowLine(f, paint)),
    ...result.problems.map((p) => problemLine(p, paint)),
    summaryLine(result, paint),
  ];
  return lines.join('\n') + '\n';
}

export function formatErrors(file: string, errors: readonly ValidationError[], paint: Paint): string {
  const lines = errors.map((e) =>
    e.path
      ? `${paint.red('invalid')} ${paint.bold(e.path)}: ${e.message}`
      : `${paint.red('error')} ${e.message}`,
  );
  return `${file}: ${errors.length === 1 ? 'one error' : `${errors.length} errors`}\n${lines.join('\n')}\n`;
}
