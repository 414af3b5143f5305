import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

afterEach(() => vi.unstubAllGlobals());

describe('copyText', () => {
  it('copies through the clipboard API', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyText('trace')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('trace');
  });

  it('says no, without throwing, where there is no clipboard API (plain http) or it refuses', async () => {
    vi.stubGlobal('navigator', {});
    expect(await copyText('trace')).toBe(false);
    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    expect(await copyText('trace')).toBe(false);
  });
});
