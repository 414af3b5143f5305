// The `check` command (MODEL.md section 3) over injected I/O, so that tests
// run it in-process: exit 0 when ok, 1 when valid but not ok, 2 when the file
// is unreadable or invalid.
import { evaluate } from '../engine/index';
import type { ValidationError } from '../model/types';
import { parseDesignText } from '../model/validate';
import { COLOUR, formatErrors, formatEvaluation, PLAIN } from './checkFormat';

export interface CheckIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Colour the readable output of each stream (a TTY, and NO_COLOR unset). */
  colourOut: boolean;
  colourErr: boolean;
}

export const USAGE = 'usage: npm run -s check -- <design.json> [--json]';

export function runCheck(argv: readonly string[], io: CheckIo): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');

  const fail = (file: string, errors: ValidationError[]): number => {
    if (json) io.stdout(JSON.stringify({ valid: false, errors }, null, 2) + '\n');
    else io.stderr(formatErrors(file, errors, io.colourErr ? COLOUR : PLAIN));
    return 2;
  };

  const unknown = files.find((a) => a.startsWith('--'));
  if (files.length !== 1 || unknown)
    return fail('check', [{ path: '', message: unknown ? `unknown option ${unknown}; ${USAGE}` : USAGE }]);
  const file = files[0]!;

  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const detail =
      code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    return fail(file, [{ path: '', message: `cannot read ${file}: ${detail}` }]);
  }
  const parsed = parseDesignText(text);
  if (!parsed.ok) return fail(file, parsed.errors);

  const result = evaluate(parsed.doc);
  io.stdout(
    json ? JSON.stringify(result, null, 2) + '\n' : formatEvaluation(result, io.colourOut ? COLOUR : PLAIN),
  );
  return result.ok ? 0 : 1;
}
