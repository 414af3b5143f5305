// The model element behind a link (MODEL.md 2.7), which is what selecting its
// edge selects: an adapter's or interface's link selects that adapter, a
// cable's link the cable, an uplink's link its switch.
export function linkElement(linkId: string): string {
  const colon = linkId.indexOf(':');
  const kind = linkId.slice(0, colon);
  const rest = linkId.slice(colon + 1);
  if (kind === 'uplink') return rest.slice(0, rest.indexOf(':'));
  return rest;
}
