// `npm run -s export -- FILE --format svg|drawio [-o OUT] [--problems]`
// (MODEL.md section 3): the editor's own SVG and .drawio export, without a
// browser. Links are coloured by the evaluator's statuses; --problems adds
// the problems list under the SVG. Without -o the diagram goes to stdout.
// Exit 0 when written; 2 for a usage error, or a file that cannot be read,
// is invalid (path: message lines on stderr) or cannot be written.
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluate } from '../engine/index';
import type { Evaluation } from '../engine/types';
import { exportDrawio } from '../io/export/drawio/drawioExport';
import type { ExportOptions } from '../io/export/exportOptions';
import { exportSvg } from '../io/export/svg/svgExport';
import { formatError, parseDesignText } from '../model/validate';
import type { Design } from '../model/types';

const USAGE = 'usage: npm run -s export -- <design.json> --format svg|drawio [-o <out>] [--problems]';
const FORMATS = ['svg', 'drawio'] as const;
type Format = (typeof FORMATS)[number];

interface Args {
  file: string;
  format: Format;
  output?: string;
  problems: boolean;
}

export function parseExportArgs(argv: readonly string[]): Args | string {
  const files: string[] = [];
  let format: string | undefined;
  let output: string | undefined;
  let problems = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg === '-f') {
      format = argv[++i];
      if (format === undefined) return `${arg} needs a value: svg or drawio`;
    } else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '-o' || arg === '--output') {
      output = argv[++i];
      if (!output) return `${arg} needs a file name`;
    } else if (arg === '--problems') problems = true;
    else if (arg === '-h' || arg === '--help') return '';
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? 'no design file given' : 'give exactly one design file';
  if (format === undefined) return '--format is required: svg or drawio';
  if (!(FORMATS as readonly string[]).includes(format))
    return `unknown format "${format}": use svg or drawio`;
  if (problems && format !== 'svg') return '--problems applies to --format svg only';
  return { file: files[0]!, format: format as Format, problems, ...(output ? { output } : {}) };
}

/** The evaluator's colours; a failure of the evaluator must not cost the user the diagram. */
function evaluation(doc: Design): Evaluation | null {
  try {
    return evaluate(doc);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`export: the design could not be evaluated (${reason}); links are drawn idle\n`);
    return null;
  }
}

function main(argv: readonly string[]): number {
  const args = parseExportArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args ? `export: ${args}\n${USAGE}\n` : `${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    process.stderr.write(`export: cannot read ${args.file}: ${detail}\n`);
    return 2;
  }
  const parsed = parseDesignText(text);
  if (!parsed.ok) {
    const count = parsed.errors.length === 1 ? 'one error' : `${parsed.errors.length} errors`;
    process.stderr.write(
      `${args.file}: not exported, ${count}\n${parsed.errors.map(formatError).join('\n')}\n`,
    );
    return 2;
  }
  const result = evaluation(parsed.doc);
  const options: ExportOptions = {
    ...(result ? { statuses: result.links } : {}),
    ...(args.problems && result ? { problems: result.problems } : {}),
  };
  const diagram = args.format === 'svg' ? exportSvg(parsed.doc, options) : exportDrawio(parsed.doc, options);
  if (!args.output) {
    process.stdout.write(diagram);
    return 0;
  }
  try {
    writeFileSync(args.output, diagram);
  } catch (error) {
    process.stderr.write(
      `export: cannot write ${args.output}: ${error instanceof Error ? error.message : error}\n`,
    );
    return 2;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
