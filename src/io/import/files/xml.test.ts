import { describe, expect, it } from 'vitest';
import { readAttribute, readAttributes, scanXml, XmlError } from './xml';

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open: (name, attributes, selfClosing) => out.push(`<${name}${attributes}${selfClosing ? '/' : ''}>`),
    close: (name) => out.push(`</${name}>`),
    text: (value) => out.push(value),
  });
  return out;
}

describe('scanXml', () => {
  it('reports tags without their namespace prefix, text with entities decoded, CDATA as is', () => {
    expect(
      events(
        '<?xml version="1.0"?><x:a k="1"><!-- c --><b/>A &amp; B &#65;&#x42;<![CDATA[<raw>&amp;]]></x:a>',
      ),
    ).toEqual(['<a k="1">', '<b/>', '</b>', 'A & B AB', '<raw>&amp;', '</a>']);
  });

  it('accepts a ">" inside a quoted attribute value', () => {
    expect(events('<a t="x>y"></a>')).toEqual(['<a t="x>y">', '</a>']);
  });

  it('refuses a DOCTYPE, unknown entities, bad nesting and a cut-off part', () => {
    expect(() => events('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toThrow(XmlError);
    expect(() => events('<a>&e;</a>')).toThrow(/unknown entity/);
    expect(() => events('<a><b></a></b>')).toThrow(/closes/);
    expect(() => events('<a><b>text')).toThrow(/never closed/);
    expect(() => events('<a><b x="1"')).toThrow(/never ends/);
  });
});

describe('attributes', () => {
  it('reads one attribute by its local name, not a longer name that ends the same', () => {
    expect(readAttribute(' ref="x" r="A1" t="s"', 'r')).toBe('A1');
    expect(readAttribute(' r:id="rId3" name="vInfo"', 'id')).toBe('rId3');
    expect(readAttribute(" t = 'inlineStr'", 't')).toBe('inlineStr');
    expect(readAttribute(' s="1"', 't')).toBeUndefined();
  });

  it('reads all attributes into a map, so that __proto__ is a plain key', () => {
    const map = readAttributes(' __proto__="x" Target="a&amp;b"');
    expect(map.get('__proto__')).toBe('x');
    expect(map.get('Target')).toBe('a&b');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
