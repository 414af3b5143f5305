// Bytes to text. RVTools writes UTF-8, but older versions and Excel re-saves
// give UTF-16 or Windows-1252; the byte-order mark or a failed strict decode says which.

export interface DecodedText {
  text: string;
  encoding: string;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** True when the bytes look like text a person wrote, not a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample[0] === 0xff || sample[0] === 0xfe) return false; // a UTF-16 byte-order mark
  let controls = 0;
  for (const byte of sample) if (byte < 8) controls++;
  return controls > 0;
}
