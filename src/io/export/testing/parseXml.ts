// For tests: parse exported XML with the DOM's own parser (jsdom in unit
// tests), failing loudly on anything that is not well-formed.

export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/** Every element of a parsed document, root included. */
export const allElements = (doc: Document): Element[] => [
  doc.documentElement,
  ...doc.documentElement.querySelectorAll('*'),
];
