import { describe, expect, it } from 'vitest';
import { classifyStorageError, describeStorageError } from './autosaveErrors';
import { StorageError } from './autosaveStorage';

describe('storage errors', () => {
  it('recognises quota, unavailable storage, a block and anything else', () => {
    expect(classifyStorageError(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new DOMException('x', 'SecurityError'))).toBe('unavailable');
    expect(classifyStorageError(new StorageError('blocked', 'x'))).toBe('blocked');
    expect(classifyStorageError(new DOMException('x', 'UnknownError'))).toBe('failed');
    expect(classifyStorageError('a string')).toBe('failed');
  });

  it('always tells the user to save the design as a file', () => {
    for (const error of [
      new DOMException('quota', 'QuotaExceededError'),
      new StorageError('unavailable', 'off'),
      new StorageError('blocked', 'x'),
      new Error('disk on fire'),
    ])
      expect(describeStorageError(error).advice).toMatch(/save it as a file \(File → Save, Ctrl\+S\)/);
  });

  it('keeps the cause of an unknown failure in the short reason', () => {
    expect(describeStorageError(new Error('disk on fire')).reason).toBe('storage error (disk on fire)');
  });
});
