// VLAN lists as switches write them: "1-4094", "10,20,100-110".

export type VlanRange = readonly [number, number];

export const MIN_VLAN = 1;
export const MAX_VLAN = 4094;

/** Sorted, merged ranges, or null when the text is not a VLAN list within 1–4094. */
export function parseVlanList(text: string): VlanRange[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const ranges: [number, number][] = [];
  for (const raw of trimmed.split(',')) {
    const match = /^\s*(\d{1,4})\s*(?:-\s*(\d{1,4})\s*)?$/.exec(raw);
    if (!match) return null;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < MIN_VLAN || to > MAX_VLAN || from > to) return null;
    ranges.push([from, to]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function vlanListHas(ranges: readonly VlanRange[], vlan: number): boolean {
  return ranges.some(([from, to]) => vlan >= from && vlan <= to);
}

export function formatVlanList(ranges: readonly VlanRange[]): string {
  return ranges.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(',');
}
