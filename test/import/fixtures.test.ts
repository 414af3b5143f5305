// The committed fixtures are exactly what the generators write: regenerating
// them gives identical bytes, so a change to a generator cannot go unnoticed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { govcFixtureFiles, GOVC_FIXTURE_DIR } from '../fixtures/govc/generate';
import { FIXTURE_DIR, fixtureFiles } from '../fixtures/rvtools/generate';

describe('fixture generators', { timeout: 60_000 }, () => {
  it('regenerate the committed RVTools exports byte for byte', () => {
    const files = fixtureFiles();
    expect([...files.keys()].filter((p) => p.endsWith('.xlsx'))).toHaveLength(2);
    expect([...files.keys()].filter((p) => p.endsWith('.csv'))).toHaveLength(16);
    for (const [path, bytes] of files)
      expect(new Uint8Array(readFileSync(join(FIXTURE_DIR, path))), path).toEqual(bytes);
  });

  it('regenerate the committed govc JSON byte for byte', () => {
    for (const [name, text] of govcFixtureFiles())
      expect(new Uint8Array(readFileSync(join(GOVC_FIXTURE_DIR, name))), name).toEqual(strToU8(text));
  });
});
