// govc's JSON, read leniently: a file may hold one value or several in a row
// (govc object.collect writes one object per update), and keys are read
// without regard to case, since newer govc writes camelCase and older
// PascalCase. Values are only ever read, never merged, so a "__proto__" key
// stays an ordinary key.
import { ImportFailure } from '../errors';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The JSON values of a file, in order. */
export function parseJsonValues(text: string, file: string): Json[] {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return [JSON.parse(body) as Json];
  } catch (wholeError) {
    const parts = splitTopLevel(body);
    if (parts.length <= 1)
      throw new ImportFailure(
        file,
        `this is not valid JSON (${(wholeError as Error).message}); is it govc output made with -json?`,
      );
    try {
      return parts.map((p) => JSON.parse(p) as Json);
    } catch (error) {
      throw new ImportFailure(
        file,
        `this is not valid JSON (${(error as Error).message}); is it govc output made with -json?`,
      );
    }
  }
}

/** Splits "{...}\n{...}" into its top-level values; one linear pass that skips strings. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0 && start >= 0) {
        parts.push(text.slice(start, i + 1));
        start = -1;
      }
      if (depth < 0) return [];
    }
  }
  return depth === 0 ? parts : [];
}

export const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value under `name`, whatever the case of the key. */
export function field(value: Json | undefined, name: string): Json | undefined {
  if (!isObject(value)) return undefined;
  if (Object.prototype.hasOwnProperty.call(value, name)) return value[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(value)) if (key.toLowerCase() === lower) return value[key];
  return undefined;
}

/** Follows a dotted path of keys: at(vm, 'runtime.powerState'). */
export function at(value: Json | undefined, path: string): Json | undefined {
  let current = value;
  for (const name of path.split('.')) current = field(current, name);
  return current;
}

export const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
export const text = (value: Json | undefined): string => (typeof value === 'string' ? value.trim() : '');
export const whole = (value: Json | undefined): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) ? value : undefined;
export const flag = (value: Json | undefined): boolean | undefined =>
  typeof value === 'boolean' ? value : undefined;

/** A managed object reference, {type, value} in either case, as "HostSystem:host-12". */
export function moref(value: Json | undefined): { type: string; value: string } | undefined {
  const type = text(field(value, 'type'));
  const id = text(field(value, 'value'));
  return id ? { type, value: id } : undefined;
}
