// Ids and names for imported elements. Ids are slugs of inventory names
// (A–Z, a–z, 0–9, ".", "_", "-"; at most 64), made unique with -2, -3 ...;
// names are kept as written, shortened to the format's 80 characters.
import type { ReportBuilder } from '../report';

const MAX_ID = 64;
const MAX_NAME = 80;

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  /** A fresh id from `text`, or from `fallback` when `text` has no usable character. */
  take(text: string, fallback: string): string {
    const base = slug(text) || slug(fallback) || 'x';
    let suffixNumber = this.nextSuffix.get(base) ?? 1;
    let candidate = base.slice(0, MAX_ID);
    while (this.used.has(candidate)) {
      suffixNumber += 1;
      const suffix = `-${suffixNumber}`;
      candidate = base.slice(0, MAX_ID - suffix.length) + suffix;
    }
    this.nextSuffix.set(base, suffixNumber);
    this.used.add(candidate);
    return candidate;
  }
}

/** The display name, at most 80 characters; undefined for an empty text (the id is shown instead). */
export function displayNameOf(text: string, report: ReportBuilder): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const chars = [...trimmed];
  if (chars.length <= MAX_NAME) return trimmed;
  report.assume('name longer than 80 characters, shortened', trimmed);
  return chars.slice(0, MAX_NAME - 1).join('') + '…';
}

/** A host NIC name: no white space and no ":" (they would break "host:nic" port references). */
export function portNameOf(text: string): string {
  const cleaned = text.trim().replace(/[\s:]+/g, '_');
  return [...(cleaned || 'nic')].slice(0, MAX_ID).join('');
}
