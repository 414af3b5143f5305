// base64url without padding (RFC 4648 §5): the alphabet that survives a URL
// fragment, chat clients and e-mail unescaped.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, i) => [char, i]));

export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const bits = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(bits >> 18) & 63]! + ALPHABET[(bits >> 12) & 63]!;
    if (b !== undefined) out += ALPHABET[(bits >> 6) & 63]!;
    if (c !== undefined) out += ALPHABET[bits & 63]!;
  }
  return out;
}

/** The bytes, or null when the text is not base64url (a wrong character, or an impossible length). */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let written = 0;
  for (let i = 0; i < text.length; i += 4) {
    let bits = 0;
    const chunk = text.slice(i, i + 4);
    for (let j = 0; j < 4; j++) {
      const value = j < chunk.length ? VALUES.get(chunk[j]!) : 0;
      if (value === undefined) return null;
      bits = (bits << 6) | value;
    }
    const bytes = chunk.length - 1;
    for (let k = 0; k < bytes; k++) out[written++] = (bits >> (16 - 8 * k)) & 255;
  }
  return out;
}
