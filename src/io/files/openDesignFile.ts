// Opening a design file: parse → migrate → validate. A refused file lists
// every error and never touches the open design; an accepted one replaces it
// as one undoable step.
import { formatError, parseDesignText } from '../../model/validate';
import type { ValidationResult } from '../../model/validate';
import type { AppStore } from '../../store/createAppStore';

/** Larger than any real design; a bigger file is almost certainly the wrong file. */
export const MAX_DESIGN_FILE_BYTES = 20 * 1024 * 1024;

export interface ReadableFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

export async function readDesignFile(file: ReadableFile): Promise<ValidationResult> {
  if (file.size > MAX_DESIGN_FILE_BYTES)
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `the file is ${Math.round(file.size / 1024 / 1024)} MB: a design file is at most 20 MB`,
        },
      ],
    };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `the file could not be read: ${detail}` }] };
  }
  return parseDesignText(text);
}

/** Applies a read result to the store: the design, or a notice listing every error. */
export function applyOpenedDesign(store: AppStore, fileName: string, result: ValidationResult): boolean {
  const state = store.getState();
  if (!result.ok) {
    const count = result.errors.length;
    state.notify({
      kind: 'error',
      text: `${fileName} was not opened: ${count === 1 ? 'it has 1 error' : `it has ${count} errors`}. Your design is unchanged.`,
      details: result.errors.map(formatError),
    });
    return false;
  }
  state.replaceDocument(result.doc, `Open ${fileName}`);
  state.notify({ kind: 'success', text: `Opened ${fileName}. Undo returns to the previous design.` });
  return true;
}

export async function openDesignFile(store: AppStore, file: ReadableFile): Promise<boolean> {
  return applyOpenedDesign(store, file.name, await readDesignFile(file));
}
