import { describe, expect, it } from 'vitest';
import { richDesign } from '../../model/commands/fixtures/richDesign';
import { createAppStore } from '../../store/createAppStore';
import { deleteSelection, deleteShortcuts } from './deleteSelection';
import { contentOf } from './useEdit';

describe('deleteSelection', () => {
  it('deletes every selected element in one undo step and clears the selection', () => {
    const store = createAppStore(richDesign());
    store.getState().select(['web-01', 'tor1']);
    expect(deleteSelection(store)).toBeNull();
    const { doc, selection, past } = store.getState();
    expect(doc.vms?.map((v) => v.id)).toEqual(['db-01', 'dev-01']);
    expect(doc.physicalSwitches).toEqual([]);
    expect(selection).toEqual([]);
    expect(past).toHaveLength(1);
  });

  it('does nothing without a selection', () => {
    const store = createAppStore(richDesign());
    expect(deleteSelection(store)).toBeNull();
    expect(store.getState().past).toHaveLength(0);
  });

  it('binds Delete and Backspace', () => {
    expect(deleteShortcuts(createAppStore()).map((s) => [s.keys, s.inFields ?? false])).toEqual([
      ['delete', false],
      ['backspace', false],
    ]);
  });
});

describe('contentOf', () => {
  it('keeps the same document while only the layout changes, so forms do not re-render during a drag', () => {
    const store = createAppStore(richDesign());
    const before = contentOf(store.getState().doc);
    store.getState().moveLive({ esx1: { x: 40, y: 40 } });
    expect(contentOf(store.getState().doc)).toBe(before);
    store.getState().select(['web-01']);
    store.getState().replaceDocument({ ...store.getState().doc, name: 'renamed' }, 'Rename');
    expect(contentOf(store.getState().doc)).not.toBe(before);
    expect(contentOf(store.getState().doc).name).toBe('renamed');
  });
});
