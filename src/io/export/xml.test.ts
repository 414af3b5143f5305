// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml as parse } from './testing/parseXml';
import {
  el,
  escapeXmlAttribute,
  escapeXmlText,
  formatNumber,
  renderXmlDocument,
  stripIllegalXmlChars,
} from './xml';

describe('XML escaping', () => {
  it('has a well-formedness check that rejects broken XML (the other tests rely on it)', () => {
    expect(() => parse('<a><b></a>')).toThrow(/not well-formed/);
    expect(() => parse('<a title="x"y"/>')).toThrow(/not well-formed/);
  });

  it('escapes the five markup characters in text and attributes', () => {
    expect(escapeXmlText(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    expect(escapeXmlAttribute(`"/><img src=x onerror=alert(1)>`)).toBe(
      '&quot;/&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it('keeps line breaks and tabs of attribute values as character references', () => {
    expect(escapeXmlAttribute('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
    expect(escapeXmlText('a\nb\tc\rd')).toBe('a\nb\tc&#13;d');
  });

  it('strips the characters XML 1.0 cannot carry and keeps everything else', () => {
    const illegal = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDFFF\uD800'; // lone surrogates
    expect(stripIllegalXmlChars(`a${illegal}b`)).toBe('ab');
    expect(stripIllegalXmlChars('tab\t lf\n cr\r é 中 🚀 \uE000')).toBe('tab\t lf\n cr\r é 中 🚀 \uE000');
  });

  it('round-trips any string through text and attributes, minus illegal characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const doc = parse(renderXmlDocument(el('root', { label: value }, value)));
        const expected = stripIllegalXmlChars(value);
        expect(doc.documentElement.getAttribute('label')).toBe(expected);
        expect(doc.documentElement.textContent).toBe(expected);
      }),
      { numRuns: 200 },
    );
    // Hundreds of DOM parses: generous room for a machine busy with other suites.
  }, 60_000);
});

describe('element builder', () => {
  it('renders nested elements, drops empty children and undefined attributes', () => {
    const root = el(
      'svg',
      { width: 10.456, height: undefined, id: null },
      el('g', {}, false, null, [el('rect')]),
    );
    expect(renderXmlDocument(root)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg width="10.46">\n  <g>\n    <rect/>\n  </g>\n</svg>\n',
    );
  });

  it('keeps text content on one line so indentation never becomes text', () => {
    const doc = parse(renderXmlDocument(el('text', {}, 'a ', el('tspan', {}, 'b'), ' c')));
    expect(doc.documentElement.textContent).toBe('a b c');
  });

  it('refuses element and attribute names that are not XML names', () => {
    expect(() => renderXmlDocument(el('a b'))).toThrow(/not an XML name/);
    expect(() => renderXmlDocument(el('a', { 'onload="x"': '1' }))).toThrow(/not an XML name/);
  });

  it('formats numbers compactly and deterministically', () => {
    expect(formatNumber(1 / 3)).toBe('0.33');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(12)).toBe('12');
    expect(() => formatNumber(Number.NaN)).toThrow();
  });
});
