// npm run -s import -- FILE... [-o design.json]
// Converts an RVTools export (.xlsx, or the CSV files of its tabs) or govc
// JSON into a design through the same code as the editor. The design goes to
// stdout or -o, the import report to stderr. Exit 0 on success, 2 when the
// input is unreadable, hostile or not an inventory.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatReport, importInventory, LIMITS, type InputFile } from '../io/import/index';
import { formatBytes } from '../io/import/limits';

const USAGE = 'usage: npm run -s import -- FILE... [-o design.json]';

interface Args {
  files: string[];
  output?: string;
}

function parseArgs(argv: string[]): Args | string {
  const files: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-o' || arg === '--output') {
      output = argv[++i];
      if (!output) return `${arg} needs a file name`;
    } else if (arg === '-h' || arg === '--help') return '';
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length === 0) return 'no input file';
  return output === undefined ? { files } : { files, output };
}

function readInputs(paths: string[]): InputFile[] | string {
  const inputs: InputFile[] = [];
  for (const path of paths) {
    try {
      // Refuse an oversized file before reading it into memory.
      const size = statSync(path).size;
      if (size > LIMITS.maxFileBytes)
        return `${basename(path)}: the file is ${formatBytes(size)}, over the ${formatBytes(LIMITS.maxFileBytes)} limit for one file; it was not read`;
      inputs.push({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
    } catch (error) {
      return `${path}: cannot read the file (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  return inputs;
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args ? `import: ${args}\n${USAGE}\n` : `${USAGE}\n`);
    return 2;
  }
  const inputs = readInputs(args.files);
  if (typeof inputs === 'string') {
    process.stderr.write(`import: ${inputs}\n`);
    return 2;
  }
  const result = importInventory(inputs);
  if (!result.ok) {
    process.stderr.write(`import: ${result.error.message}\nThe design was not written.\n`);
    return 2;
  }
  const json = JSON.stringify(result.design, null, 2) + '\n';
  if (args.output) writeFileSync(args.output, json);
  else process.stdout.write(json);
  process.stderr.write(formatReport(result.report));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
