// Examples: designs served from public/examples, listed by its index.json,
// fetched when the menu first opens. Opening one is an undoable step.
import { useState } from 'react';
import type { ExampleEntry } from '../../io/examples/exampleIndex';
import { fetchExampleIndex, openExample } from '../../io/examples/loadExample';
import { useAppStoreApi } from '../../store/StoreProvider';
import { Menu } from './Menu';
import type { MenuItem } from './Menu';

type IndexState =
  | { kind: 'idle' | 'loading' }
  | { kind: 'ready'; entries: ExampleEntry[] }
  | { kind: 'failed'; reason: string };

const stem = (file: string) => file.replace(/\.json$/, '');

export function ExamplesMenu() {
  const store = useAppStoreApi();
  const [index, setIndex] = useState<IndexState>({ kind: 'idle' });

  const load = () => {
    if (index.kind === 'loading' || index.kind === 'ready') return;
    setIndex({ kind: 'loading' });
    fetchExampleIndex().then(
      (entries) => setIndex({ kind: 'ready', entries }),
      (error: unknown) =>
        setIndex({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  };

  const status = (label: string, description?: string): MenuItem => ({
    key: 'status',
    label,
    testId: 'examples.status',
    onSelect: () => {},
    disabled: true,
    ...(description ? { description } : {}),
  });

  const items: MenuItem[] =
    index.kind === 'ready'
      ? index.entries.map((entry) => ({
          key: entry.file,
          label: entry.title,
          description: entry.description,
          testId: `examples.${stem(entry.file)}`,
          onSelect: () => void openExample(store, entry),
        }))
      : index.kind === 'failed'
        ? [status('Examples could not be loaded', index.reason)]
        : [status('Loading examples…')];

  return <Menu label="Examples" testId="toolbar.examples" items={items} onOpen={load} />;
}
