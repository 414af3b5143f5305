// The shared conformance scenarios, as far as the model is concerned: the valid
// ones validate and come back unchanged through serializeDesign; the invalid
// ones are rejected with an error at (or under) each expected path, as the
// conformance runner checks it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from './serialize';
import { parseDesignText } from './validate';

const FOLDER = new URL('../../../shared/scenarios/', import.meta.url);

interface Expectation {
  valid?: boolean;
  errorPaths?: string[];
}

const designs = existsSync(FOLDER)
  ? readdirSync(FOLDER)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
      .sort()
  : [];

function load(file: string): { text: string; expected: Expectation } {
  const text = readFileSync(new URL(file, FOLDER), 'utf8');
  const expectedFile = new URL(file.replace(/\.json$/, '.expected.json'), FOLDER);
  const expected = existsSync(expectedFile)
    ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Expectation)
    : {};
  return { text, expected };
}

describe('shared scenarios', () => {
  it('are there to check', () => {
    expect(designs.length).toBeGreaterThanOrEqual(22);
  });

  it.each(designs)('%s', (file) => {
    const { text, expected } = load(file);
    const result = parseDesignText(text);
    if (expected.valid === false) {
      expect(result.ok).toBe(false);
      const paths = result.ok ? [] : result.errors.map((e) => e.path);
      for (const want of expected.errorPaths ?? [])
        expect(
          paths.some((p) => p.startsWith(want)),
          `an error at ${want}; got ${paths.join(', ')}`,
        ).toBe(true);
      return;
    }
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const saved = serializeDesign(result.doc);
    expect(JSON.parse(saved)).toEqual(JSON.parse(text));
    expect(serializeDesign(JSON.parse(saved))).toBe(saved);
  });
});

describe('serializeDesign', () => {
  it('writes pretty JSON with two-space indents and a final newline, keys in document order', () => {
    const text = serializeDesign({ version: 1, format: 'vnet-design', name: 'x', layout: {} });
    expect(text).toBe('{\n  "version": 1,\n  "format": "vnet-design",\n  "name": "x",\n  "layout": {}\n}\n');
  });

  it('keeps x- keys, notes and defaults exactly as written', () => {
    const { text } = load('16-workstation-nat.json');
    const doc = { ...(JSON.parse(text) as Record<string, unknown>), notes: 'n', 'x-tool': { a: [1] } };
    const result = parseDesignText(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(serializeDesign(result.doc))).toEqual(doc);
  });
});
