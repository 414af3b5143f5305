// The text autosave writes: exactly JSON.stringify(doc), made from the text
// of each element as it was last written. Edits replace the elements they
// change and keep every other one as the same object (documents are never
// changed in place), so after an edit of one VM of a 5,000-VM design only that
// VM is written out again, and the rest is joined from what is kept: a
// fraction of the tens of milliseconds a whole JSON.stringify takes.
//
// Elements are kept per object (objects inside the document's lists and
// maps, and one level further for lists inside those, such as the firewall's
// rules), and each top-level member of the document (its list of VMs, its
// firewall) only as it was last written: a list is new after every edit of
// one of its items, and keeping its text per version would keep a whole
// design's text per undo step.

/** Objects two levels down and deeper are elements (hosts, VMs, rules, layout entries); they are kept. */
const ELEMENT_DEPTH = 2;

const isPlain = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/** A serializer with its own memory of element texts: one per autosave. */
export function createDesignSerializer(): (doc: object) => string {
  const texts = new WeakMap<object, string>();
  /** Top-level member → its value and text as last written. */
  const members = new Map<string, { value: unknown; text: string | undefined }>();

  /** The JSON of `value`, or undefined where JSON.stringify leaves a member out (undefined, functions). */
  const write = (value: unknown, depth: number): string | undefined => {
    if (value === null || typeof value !== 'object' || !isPlain(value)) return JSON.stringify(value);
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (const item of value) items.push(write(item, depth + 1) ?? 'null');
      return `[${items.join(',')}]`;
    }
    if (depth >= ELEMENT_DEPTH) {
      let text = texts.get(value);
      if (text === undefined) {
        text = JSON.stringify(value);
        texts.set(value, text);
      }
      return text;
    }
    const entries: string[] = [];
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const text = write(record[key], depth + 1);
      if (text !== undefined) entries.push(`${JSON.stringify(key)}:${text}`);
    }
    return `{${entries.join(',')}}`;
  };

  return (doc) => {
    if (!isPlain(doc) || Array.isArray(doc)) return JSON.stringify(doc);
    const parts: string[] = [];
    const record = doc as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      let last = members.get(key);
      if (!last || last.value !== value) {
        last = { value, text: write(value, 1) };
        members.set(key, last);
      }
      if (last.text !== undefined) parts.push(`${JSON.stringify(key)}:${last.text}`);
    }
    return `{${parts.join(',')}}`;
  };
}
