// Dropping files on an element as a person would: a DataTransfer built in the
// page from the bytes, then dragenter, dragover and drop dispatched on it.
import type { Page } from '@playwright/test';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

export async function dropFiles(page: Page, selector: string, files: readonly DroppedFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
      return transfer;
    },
    files.map((f) => ({ name: f.name, bytes: [...f.bytes], type: f.type ?? '' })),
  );
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent(selector, type, { dataTransfer });
}
