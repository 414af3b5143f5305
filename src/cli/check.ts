// `npm run -s check -- FILE [--json]` (MODEL.md section 3): evaluate a design
// file without a browser. The command itself is checkCommand.ts.
import { readFileSync } from 'node:fs';
import { runCheck } from './checkCommand';

const colour = (stream: NodeJS.WriteStream) => stream.isTTY === true && process.env.NO_COLOR === undefined;

process.exitCode = runCheck(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colourOut: colour(process.stdout),
  colourErr: colour(process.stderr),
});
