// Lower versions are upgraded by an ordered, append-only list of named
// migrations before validation (MODEL.md section 1, Versions). Version 1 is the
// first, so the list is empty; a v2 adds `{ name, from: 1, to: 2, up }` here,
// a frozen v1 fixture under src/model/fixtures/, and nothing else changes.
import { CURRENT_VERSION, FORMAT } from './schema';
import type { ValidationError } from './types';

export interface Migration {
  /** What the step does, in a few words: it names the step in errors and tests. */
  name: string;
  from: number;
  to: number;
  /** Pure: returns a new document and never mutates its input. */
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  { ok: true; doc: Record<string, unknown>; applied: string[] } | { ok: false; errors: ValidationError[] };

export function migrate(
  input: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_VERSION,
): MigrationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, errors: [{ path: '', message: 'a design must be a JSON object' }] };
  const doc = input as Record<string, unknown>;
  if (doc.format !== FORMAT)
    return {
      ok: false,
      errors: [
        {
          path: '/format',
          message:
            doc.format === undefined
              ? `"format" is required and must be "${FORMAT}": this is not a vNet Designer file`
              : `${JSON.stringify(doc.format)} is not a vNet Designer file format: expected "${FORMAT}"`,
        },
      ],
    };
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      errors: [{ path: '/version', message: `"version" must be a whole number from 1 to ${current}` }],
    };
  if (version > current)
    return {
      ok: false,
      errors: [
        {
          path: '/version',
          message: `this design is version ${version}, but this app reads versions up to ${current}: open it in a newer vNet Designer`,
        },
      ],
    };
  let upgraded = doc;
  const applied: string[] = [];
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step || step.to !== v + 1)
      return {
        ok: false,
        errors: [
          {
            path: '/version',
            message: `no migration from version ${v} to ${v + 1}: this app cannot read version ${version}`,
          },
        ],
      };
    // The framework stamps the version, so a step cannot forget to.
    upgraded = { ...step.up(upgraded), version: step.to };
    applied.push(step.name);
  }
  return { ok: true, doc: upgraded, applied };
}
