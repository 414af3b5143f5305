// Decompression with a ceiling: a link of a few kilobytes can inflate to
// gigabytes (a "deflate bomb"). The input goes in small slices, so no single
// step can produce more than about a megabyte before the ceiling is checked.
import { Inflate } from 'fflate';

const SLICE = 1024;

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

export function inflateRawLimited(data: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    if (data.length === 0) return { ok: false, reason: 'corrupt' };
    for (let at = 0; at < data.length && !tooLarge; at += SLICE)
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (tooLarge) return { ok: false, reason: 'too-large' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
