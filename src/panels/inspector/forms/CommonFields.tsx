// The fields every element has: its id (renaming it rewrites every reference,
// and the selection follows), its display name, and notes.
import { useAppStore } from '../../../store/StoreProvider';
import { optionalText } from '../fields/parsers';
import { TextField } from '../fields/TextField';
import { useUpdate } from '../useEdit';
import { parseId, parseOptionalName } from '../fields/fieldParsers';

interface Named {
  id: string;
  name?: string | undefined;
  notes?: string | undefined;
}

export function IdNameFields({ kind, el, prefix }: { kind: string; el: Named; prefix?: string }) {
  const update = useUpdate(el.id);
  const select = useAppStore((s) => s.select);
  const testId = prefix ?? `inspector.${kind}`;
  // A part inside its owner's form (an interface row) gets the compact, hint-free layout.
  return (
    <div className={prefix ? 'field-grid' : undefined}>
      <TextField
        label="Id"
        testId={`${testId}.id`}
        value={el.id}
        parse={parseId}
        hint={prefix ? undefined : 'Renaming updates every reference'}
        onCommit={(id) => {
          const refusal = update({ id });
          // The renamed element stays selected (the selection holds ids).
          if (refusal === null && !prefix) select([id]);
          return refusal;
        }}
      />
      <NameField el={el} testId={`${testId}.name`} />
    </div>
  );
}

export function NameField({ el, testId }: { el: Named; testId: string }) {
  const update = useUpdate(el.id);
  return (
    <TextField
      label="Name"
      testId={testId}
      value={el.name ?? ''}
      parse={parseOptionalName}
      placeholder={el.id}
      onCommit={(name) => update({ name })}
    />
  );
}

export function NotesField({ kind, el }: { kind: string; el: Named }) {
  const update = useUpdate(el.id);
  return (
    <TextField
      label="Notes"
      testId={`inspector.${kind}.notes`}
      value={el.notes ?? ''}
      parse={optionalText}
      multiline
      onCommit={(notes) => update({ notes })}
    />
  );
}
