// A small, linear XML scanner for the parts of an .xlsx workbook. It runs in
// Node and in a Web Worker alike (DOMParser exists in neither). It knows the
// five predefined entities and character references; a DOCTYPE is refused,
// so no entity can expand. Element and attribute names lose their namespace
// prefix (x:row is row), as OOXML readers treat them.

export class XmlError extends Error {}

export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(value: string): void;
}

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{1,10});/g, (match, name: string) => {
    const known = PREDEFINED.get(name);
    if (known !== undefined) return known;
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#\d{1,7}$/.test(name)
        ? parseInt(name.slice(1), 10)
        : NaN;
    if (Number.isNaN(code) || code > 0x10ffff) throw new XmlError(`unknown entity ${match}`);
    return String.fromCodePoint(code);
  });
}

const localName = (qualified: string): string => {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
};

/** Attributes of one start tag, by local name. A Map, so no name can reach a prototype. */
export function readAttributes(raw: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw))
    attributes.set(localName(match[1] as string), decodeEntities(match[2] ?? match[3] ?? ''));
  return attributes;
}

function expectEnd(text: string, from: number, marker: string, what: string): number {
  const end = text.indexOf(marker, from);
  if (end < 0) throw new XmlError(`${what} never ends: the part is cut short`);
  return end;
}

/**
 * One attribute of a start tag, by local name, without building a map: the
 * sheet reader asks for "r" and "t" of every cell, hundreds of thousands of times.
 */
export function readAttribute(raw: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = raw.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = raw.charCodeAt(at - 1);
    // Preceded by white space or a namespace colon, followed by "=": the name itself, not a longer one.
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13 && before !== 58) continue;
    let j = from;
    while (raw.charCodeAt(j) === 32) j++;
    if (raw.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (raw.charCodeAt(j) === 32) j++;
    const quote = raw[j];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = raw.indexOf(quote, j + 1);
    if (end < 0) return undefined;
    return decodeEntities(raw.slice(j + 1, end));
  }
}

/** Calls the handler for every start tag, end tag and text run, in order; checks that tags nest. */
export function scanXml(text: string, handler: XmlHandler, onProgress?: (fraction: number) => void): void {
  const stack: string[] = [];
  const length = text.length;
  const step = Math.max(1, Math.floor(length / 50));
  let nextReport = step;
  let i = 0;
  while (i < length) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > i) {
      if (stack.length > 0) handler.text(decodeEntities(text.slice(i, textEnd)));
      else if (text.slice(i, textEnd).trim() !== '') throw new XmlError('text outside the root element');
    }
    if (lt < 0) break;
    if (onProgress && lt >= nextReport) {
      onProgress(lt / length);
      nextReport = lt + step;
    }
    if (text.startsWith('<?', lt)) i = expectEnd(text, lt + 2, '?>', 'a processing instruction') + 2;
    else if (text.startsWith('<!--', lt)) i = expectEnd(text, lt + 4, '-->', 'a comment') + 3;
    else if (text.startsWith('<![CDATA[', lt)) {
      const end = expectEnd(text, lt + 9, ']]>', 'a CDATA section');
      if (stack.length > 0) handler.text(text.slice(lt + 9, end));
      i = end + 3;
    } else if (text.startsWith('<!', lt)) {
      throw new XmlError('a DOCTYPE or declaration, which workbook parts never have');
    } else if (text.charCodeAt(lt + 1) === 47 /* / */) {
      const end = expectEnd(text, lt + 2, '>', 'an end tag');
      const name = localName(text.slice(lt + 2, end).trim());
      const open = stack.pop();
      if (open !== name) throw new XmlError(`</${name}> closes <${open ?? 'nothing'}>`);
      handler.close(name);
      i = end + 1;
    } else {
      const end = findTagEnd(text, lt + 1);
      const selfClosing = text.charCodeAt(end - 1) === 47;
      const body = text.slice(lt + 1, selfClosing ? end - 1 : end);
      const nameEnd = body.search(/[\s]/);
      const qualified = nameEnd < 0 ? body : body.slice(0, nameEnd);
      if (qualified === '') throw new XmlError('a tag with no name');
      const name = localName(qualified);
      handler.open(name, nameEnd < 0 ? '' : body.slice(nameEnd), selfClosing);
      if (selfClosing) handler.close(name);
      else stack.push(name);
      i = end + 1;
    }
  }
  if (stack.length > 0)
    throw new XmlError(`<${stack[stack.length - 1]}> is never closed: the part is cut short`);
  onProgress?.(1);
}

/** The ">" that ends a start tag; a ">" inside a quoted attribute value does not count. */
function findTagEnd(text: string, from: number): number {
  let quote = 0;
  for (let j = from; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62 /* > */) return j;
    else if (ch === 60 /* < */) throw new XmlError('a "<" inside a tag');
  }
  throw new XmlError('a tag never ends: the part is cut short');
}
