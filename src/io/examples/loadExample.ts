// Fetching the examples and opening one as an undoable step. Failures are
// told to the user; the open design is only replaced by a valid example.
import { formatError, parseDesignText } from '../../model/validate';
import type { AppStore } from '../../store/createAppStore';
import { exampleIndexSchema, examplesUrl } from './exampleIndex';
import type { ExampleEntry } from './exampleIndex';

export type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

const browserFetch: Fetch = (url) => fetch(url);

async function fetchText(url: string, fetchFn: Fetch): Promise<string> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.text();
}

export async function fetchExampleIndex(fetchFn: Fetch = browserFetch): Promise<ExampleEntry[]> {
  const text = await fetchText(examplesUrl('index.json'), fetchFn);
  const parsed = exampleIndexSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`the examples index is malformed: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export async function openExample(store: AppStore, entry: ExampleEntry, fetchFn: Fetch = browserFetch) {
  let text: string;
  try {
    text = await fetchText(examplesUrl(entry.file), fetchFn);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    store
      .getState()
      .notify({ kind: 'error', text: `The example "${entry.title}" could not be loaded: ${detail}` });
    return false;
  }
  const result = parseDesignText(text);
  if (!result.ok) {
    store.getState().notify({
      kind: 'error',
      text: `The example "${entry.title}" is not a valid design. Your design is unchanged.`,
      details: result.errors.map(formatError),
    });
    return false;
  }
  store.getState().replaceDocument(result.doc, `Open example ${entry.title}`);
  store.getState().notify({
    kind: 'success',
    text: `Opened the example "${entry.title}". Undo returns to the previous design.`,
  });
  return true;
}
