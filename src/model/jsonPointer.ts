// RFC 6901 JSON pointers, the paths validation errors carry.

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
