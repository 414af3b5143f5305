// Share links: the design travels in the URL fragment as
// #design=<base64url(deflate-raw(UTF-8 JSON))>. The fragment never reaches a
// server, so a shared design stays between the people who hold the link.
import { deflateSync } from 'fflate';
import { parseDesignText } from '../../model/validate';
import type { ValidationResult } from '../../model/validate';
import type { Design } from '../../model/types';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { inflateRawLimited } from './inflateLimited';

export const SHARE_HASH_PREFIX = '#design=';

/**
 * Links longer than this are refused in favour of a file. Browsers take far
 * longer URLs, but links are pasted into tickets, chats and e-mails, whose
 * tools wrap, truncate or refuse long ones; 16 KB keeps a link usable there
 * and still holds a design of a few hundred VMs (see the tests).
 */
export const MAX_SHARE_HASH_LENGTH = 16 * 1024;

/** What a received link may hold: generous, since a link made elsewhere may be longer than ours. */
export const MAX_INCOMING_PAYLOAD_LENGTH = 1024 * 1024;
/** The unpacked JSON of a received link; anything larger is refused before parsing. */
export const MAX_SHARED_JSON_BYTES = 8 * 1024 * 1024;

export const encodeSharePayload = (doc: Design): string =>
  encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(doc)), { level: 9 }));

export type ShareLinkResult =
  | { ok: true; url: string; hashLength: number }
  | { ok: false; reason: 'too-large'; hashLength: number; limit: number };

/** `base` is the page address without a fragment. */
export function makeShareLink(doc: Design, base: string): ShareLinkResult {
  const hash = SHARE_HASH_PREFIX + encodeSharePayload(doc);
  if (hash.length > MAX_SHARE_HASH_LENGTH)
    return { ok: false, reason: 'too-large', hashLength: hash.length, limit: MAX_SHARE_HASH_LENGTH };
  return { ok: true, url: base + hash, hashLength: hash.length };
}

const damaged = (message: string): ValidationResult => ({ ok: false, errors: [{ path: '', message }] });

export function decodeSharePayload(payload: string): ValidationResult {
  if (payload.length > MAX_INCOMING_PAYLOAD_LENGTH)
    return damaged(
      `the link holds ${payload.length} characters of data, more than the ${MAX_INCOMING_PAYLOAD_LENGTH} a design link may have`,
    );
  const compressed = decodeBase64Url(payload);
  if (!compressed)
    return damaged('the link is damaged: its data has characters a design link never contains');
  const inflated = inflateRawLimited(compressed, MAX_SHARED_JSON_BYTES);
  if (!inflated.ok)
    return damaged(
      inflated.reason === 'too-large'
        ? `the design in the link unpacks to more than ${MAX_SHARED_JSON_BYTES / (1024 * 1024)} MB; it was not opened`
        : 'the link is damaged: its data could not be unpacked (was it cut short when it was copied?)',
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return damaged('the link is damaged: its data is not text');
  }
  return parseDesignText(text);
}

/** null when the fragment is not a share link at all (then it is none of our business). */
export function readShareHash(hash: string): ValidationResult | null {
  if (!hash.startsWith(SHARE_HASH_PREFIX)) return null;
  return decodeSharePayload(hash.slice(SHARE_HASH_PREFIX.length));
}
