// zod's issues, turned into the format's errors: a JSON pointer and a sentence.
import type { z } from 'zod';
import { describe } from './fields';
import { toPointer } from './jsonPointer';
import type { ValidationError } from './types';

type Issue = z.core.$ZodIssue;

export function issuesToErrors(issues: readonly Issue[], input: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const issue of issues) errors.push(...issueToErrors(issue, input));
  return errors;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueToErrors(issue: Issue, input: unknown): ValidationError[] {
  const path = issue.path as PropertyKey[];
  const here = toPointer(path);
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      // `x-` keys are the format's extension point.
      return issue.keys
        .filter((key) => !key.startsWith('x-'))
        .map((key) => ({ path: toPointer([...path, key]), message: `unknown key ${JSON.stringify(key)}` }));
    case 'invalid_type':
      if (value === undefined) return [{ path: here, message: `${lastKey(path)} is required` }];
      return [{ path: here, message: `expected ${article(issue.expected)}, not ${describe(value)}` }];
    case 'invalid_value':
      return [
        {
          path: here,
          message: `${describe(value)} is not allowed here: use ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        },
      ];
    case 'invalid_union':
      return unionErrors(issue, input, here, value);
    default:
      return [{ path: here, message: issue.message }];
  }
}

/**
 * Report the branch that came closest, or nothing when a branch failed only on
 * `x-` keys (it matched). Branch issues carry paths relative to the union.
 */
function unionErrors(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  input: unknown,
  here: string,
  value: unknown,
): ValidationError[] {
  if ('discriminator' in issue && issue.discriminator) {
    const options = (issue as { options?: unknown[] }).options ?? [];
    return [
      {
        path: here,
        message: `${describe(value)} is not a known ${issue.discriminator}: use ${options.map((o) => JSON.stringify(o)).join(', ')}`,
      },
    ];
  }
  const base = issue.path as PropertyKey[];
  const branches = issue.errors.map((branch) =>
    issuesToErrors(
      branch.map((inner) => ({ ...inner, path: [...base, ...(inner.path as PropertyKey[])] }) as Issue),
      input,
    ),
  );
  if (branches.length === 0) return [{ path: here, message: `${describe(value)} is not allowed here` }];
  if (branches.some((b) => b.length === 0)) return [];
  // The branch the author most likely meant: one whose type fitted (its errors lie inside the
  // value, not at it), then the one with the fewest errors; ties go to the first branch.
  const score = (errors: ValidationError[]) =>
    errors.length + (errors.some((e) => e.path === here) ? 1000 : 0);
  return branches.reduce((a, b) => (score(b) < score(a) ? b : a));
}

function lastKey(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  return last === undefined ? 'the document' : JSON.stringify(String(last));
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  if (expected === 'string') return 'text';
  if (expected === 'number') return 'a number';
  if (expected === 'boolean') return 'true or false';
  return expected;
}
