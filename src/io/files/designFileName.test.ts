import { describe, expect, it } from 'vitest';
import { designFileName, slugify } from './designFileName';

describe('designFileName', () => {
  it('turns the design name into a plain file name', () => {
    expect(designFileName('Payments lab')).toBe('payments-lab.json');
    expect(designFileName('  Büro / Zürich: DMZ (v2)  ')).toBe('buro-zurich-dmz-v2.json');
  });

  it('falls back to "design" when nothing usable is left', () => {
    expect(designFileName('')).toBe('design.json');
    expect(designFileName(undefined)).toBe('design.json');
    expect(designFileName('日本')).toBe('design.json');
  });

  it('keeps names short and never ends on a dash', () => {
    const stem = slugify(`${'a'.repeat(59)} b`);
    expect(stem).toBe('a'.repeat(59));
  });
});
