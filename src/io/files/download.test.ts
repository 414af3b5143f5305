// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from './download';

/** jsdom's Blob has no text(); its FileReader does. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadText', () => {
  it('clicks a download link to a Blob URL, removes the link and later revokes the URL', async () => {
    vi.useFakeTimers();
    const create = vi.fn((_blob: Blob) => 'blob:test-1');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    downloadText('lab.json', '{"a":1}\n', 'application/json');

    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('lab.json');
    expect(clicked[0]?.href).toBe('blob:test-1');
    expect(document.querySelector('a')).toBeNull();
    const blob = create.mock.calls[0]![0];
    expect(blob.type).toBe('application/json');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test-1');
    vi.useRealTimers();
    expect(await readText(blob)).toBe('{"a":1}\n');
  });
});
