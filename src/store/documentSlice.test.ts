import { describe, expect, it } from 'vitest';
import { defineCommand, done, refuse } from '../model/commands/command';
import { emptyDesign } from '../model/emptyDesign';
import { createAppStore } from './createAppStore';

const rename = defineCommand('Rename design', (doc, name: string) => done({ ...doc, name }));
const refuseAll = defineCommand('Refuse', () => refuse('not allowed here'));

describe('document history', () => {
  it('undoes and redoes a command', () => {
    const store = createAppStore(emptyDesign('a'));
    expect(store.getState().apply(rename, 'b')).toBeNull();
    expect(store.getState().doc.name).toBe('b');
    store.getState().undo();
    expect(store.getState().doc.name).toBe('a');
    store.getState().redo();
    expect(store.getState().doc.name).toBe('b');
  });

  it('a refused command changes nothing and reports why', () => {
    const store = createAppStore(emptyDesign('a'));
    const before = store.getState().doc;
    expect(store.getState().apply(refuseAll, undefined)).toBe('not allowed here');
    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toHaveLength(0);
  });

  it('a new command clears the redo stack', () => {
    const store = createAppStore(emptyDesign('a'));
    store.getState().apply(rename, 'b');
    store.getState().undo();
    store.getState().apply(rename, 'c');
    expect(store.getState().future).toHaveLength(0);
  });

  it('a drag is one undo step however many moves it streams', () => {
    const store = createAppStore(emptyDesign('a'));
    for (let x = 0; x < 10; x++) store.getState().moveLive({ h1: { x, y: 5 } });
    store.getState().endDrag();
    expect(store.getState().doc.layout?.h1).toEqual({ x: 9, y: 5 });
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.layout?.h1).toBeUndefined();
  });

  it('a drag keeps the position of an element whose id is __proto__', () => {
    const store = createAppStore(emptyDesign('a'));
    store.getState().moveLive({ ['__proto__']: { x: 4, y: 5 } });
    store.getState().endDrag();
    const layout = store.getState().doc.layout ?? {};
    expect(Object.getPrototypeOf(layout)).toBe(Object.prototype);
    expect(JSON.stringify(layout)).toBe('{"__proto__":{"x":4,"y":5}}');
  });

  it('replacing the document is undoable, except the start-up restore', () => {
    const store = createAppStore(emptyDesign('a'));
    store.getState().replaceDocument(emptyDesign('imported'), 'Import');
    store.getState().undo();
    expect(store.getState().doc.name).toBe('a');
    store.getState().replaceDocument(emptyDesign('restored'), 'Restore', { history: false });
    expect(store.getState().past).toHaveLength(0);
  });

  it('a new document drops the selection and the path highlight of the one before', () => {
    const store = createAppStore(emptyDesign('a'));
    store.getState().select(['esx1']);
    store.getState().highlightFlow('f1');
    store.getState().replaceDocument(emptyDesign('opened'), 'Open');
    expect(store.getState().selection).toEqual([]);
    expect(store.getState().highlight).toBeNull();
  });

  it('keeps the UI state out of history', () => {
    const store = createAppStore(emptyDesign('a'));
    store.getState().select(['x']);
    store.getState().togglePanel('flows');
    expect(store.getState().past).toHaveLength(0);
  });
});
