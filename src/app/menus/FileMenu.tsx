// File: New design, Open… (also Ctrl+O), Save (Ctrl+S). Files dropped anywhere
// on the window go where the canvas sends them: a design opens, an inventory
// (RVTools, govc) is imported.
import { useEffect, useRef } from 'react';
import { installFileDrop } from '../../io/files/fileDrop';
import { startNewDesign } from '../../io/files/newDesign';
import { openDesignFile } from '../../io/files/openDesignFile';
import { saveDesignFile } from '../../io/files/saveDesignFile';
import { importSessionFor } from '../../panels/import/importSession';
import { openOrImport } from '../../panels/import/openOrImport';
import { useAppStoreApi } from '../../store/StoreProvider';
import { installShortcuts } from '../shortcuts';
import { fileShortcuts } from './fileShortcuts';
import { Menu } from './Menu';
import type { MenuItem } from './Menu';

export function FileMenu() {
  const store = useAppStoreApi();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const stopShortcuts = installShortcuts(
      fileShortcuts({
        open: () => inputRef.current?.click(),
        save: () => saveDesignFile(store.getState().doc),
      }),
    );
    const stopDrop = installFileDrop(window, {
      onFiles: (files) => void openOrImport(store, importSessionFor(store), files),
    });
    return () => {
      stopShortcuts();
      stopDrop();
    };
  }, [store]);

  const items: MenuItem[] = [
    { key: 'new', label: 'New design', testId: 'file.new', onSelect: () => startNewDesign(store) },
    {
      key: 'open',
      label: 'Open…',
      hint: 'Ctrl+O',
      testId: 'file.open',
      onSelect: () => inputRef.current?.click(),
    },
    {
      key: 'save',
      label: 'Save',
      hint: 'Ctrl+S',
      description: 'Downloads the design as a .json file',
      testId: 'file.save',
      onSelect: () => saveDesignFile(store.getState().doc),
    },
  ];

  return (
    <>
      <Menu label="File" testId="toolbar.file" items={items} />
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="file.open-input"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = ''; // so that choosing the same file again opens it again
          if (file) void openDesignFile(store, file);
        }}
      />
    </>
  );
}
