// The one place where strings become XML, for the SVG and the .drawio export.
// Documents are built as element trees and only rendered here, so no caller
// ever concatenates user text into markup: every text node and every attribute
// value is escaped by construction.

// XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// (a lone surrogate is not a character either). Anything else makes the file unreadable.
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const stripIllegalXmlChars = (value: string): string => value.replace(ILLEGAL_XML_CHARS, '');

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be normalised to LF by the parser; the reference keeps the text exact.
  '\r': '&#13;',
};

// In an attribute a raw tab or line break is normalised to a space by every XML
// parser, so multi-line labels (drawio values) need character references.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '\t': '&#9;', '\n': '&#10;' };

export const escapeXmlText = (value: string): string =>
  stripIllegalXmlChars(value).replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c]!);

export const escapeXmlAttribute = (value: string): string =>
  stripIllegalXmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

export type AttributeValue = string | number | null | undefined;
export type Attributes = Readonly<Record<string, AttributeValue>>;

export interface XmlElement {
  readonly name: string;
  readonly attributes: Attributes;
  readonly children: readonly XmlNode[];
  /** Rendered on one line: whitespace between its children would become text (SVG <text> with <tspan>s). */
  readonly inline?: boolean;
}

/** A string child is text; it is escaped when rendered. */
export type XmlNode = XmlElement | string;

/** What a builder may pass as a child: empty values are dropped, so conditional children read naturally. */
export type XmlChild = XmlNode | number | null | undefined | false | readonly XmlChild[];

export function el(name: string, attributes: Attributes = {}, ...children: XmlChild[]): XmlElement {
  return { name, attributes, children: flatten(children) };
}

/** An element whose content is text, rendered without line breaks or indentation inside it. */
export function inlineEl(name: string, attributes: Attributes = {}, ...children: XmlChild[]): XmlElement {
  return { name, attributes, children: flatten(children), inline: true };
}

function flatten(children: readonly XmlChild[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child as readonly XmlChild[]));
    else if (typeof child === 'number') out.push(formatNumber(child));
    else out.push(child as XmlNode);
  }
  return out;
}

/** Coordinates rounded to 1/100 px: compact, deterministic output with no "-0" or "1e-7". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

// Element and attribute names come from our code, never from a document; a
// bad one is a programming error and must not produce broken markup.
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

function checkName(name: string): string {
  if (!XML_NAME.test(name)) throw new Error(`not an XML name: ${JSON.stringify(name)}`);
  return name;
}

function renderAttributes(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    const text = typeof value === 'number' ? formatNumber(value) : value;
    out += ` ${checkName(name)}="${escapeXmlAttribute(text)}"`;
  }
  return out;
}

function renderElement(element: XmlElement, indent: string, lines: string[]): void {
  const open = `${indent}<${checkName(element.name)}${renderAttributes(element.attributes)}`;
  if (element.children.length === 0) {
    lines.push(`${open}/>`);
    return;
  }
  // Mixed or text content stays on one line: indentation inside it would become text.
  if (element.inline || element.children.some((child) => typeof child === 'string')) {
    lines.push(`${open}>${element.children.map(renderInline).join('')}</${element.name}>`);
    return;
  }
  lines.push(`${open}>`);
  for (const child of element.children) renderElement(child as XmlElement, `${indent}  `, lines);
  lines.push(`${indent}</${element.name}>`);
}

function renderInline(node: XmlNode): string {
  if (typeof node === 'string') return escapeXmlText(node);
  const lines: string[] = [];
  renderElement(node, '', lines);
  return lines.join('');
}

/** The document as text, with an XML declaration, one element per line where that adds no text. */
export function renderXmlDocument(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  renderElement(root, '', lines);
  return `${lines.join('\n')}\n`;
}
