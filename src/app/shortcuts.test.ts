// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { installShortcuts, type Shortcut } from './shortcuts';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const stop of cleanup) stop();
  cleanup = [];
  document.body.innerHTML = '';
});

/** Installs `keys` (and Ctrl+S, which also works in fields) and records which ran. */
function install(...keys: string[]) {
  const ran: string[] = [];
  const shortcuts: Shortcut[] = [
    ...keys.map((k) => ({ keys: k, run: () => ran.push(k) })),
    { keys: 'mod+s', run: () => ran.push('mod+s'), inFields: true },
  ];
  cleanup.push(installShortcuts(shortcuts));
  return ran;
}

/** An element in the page, focusable, that keys are pressed on. */
function place(html: string, selector: string): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.querySelector<HTMLElement>(selector)!;
}

const press = (target: EventTarget, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

describe('keyboard shortcuts', () => {
  it('run outside fields and take the key from the browser', () => {
    const ran = install('mod+z', 'delete', 'escape');
    const event = press(document.body, 'z', { ctrlKey: true });
    press(document.body, 'Delete');
    press(document.body, 'Escape');
    expect(ran).toEqual(['mod+z', 'delete', 'escape']);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leave typing alone: undo, Delete and Escape of a text field are the field’s own', () => {
    const ran = install('mod+z', 'delete', 'backspace', 'escape');
    for (const html of ['<input id="t">', '<input id="t" type="number">', '<textarea id="t"></textarea>']) {
      const field = place(html, '#t');
      const event = press(field, 'z', { ctrlKey: true });
      press(field, 'Backspace');
      press(field, 'Delete');
      press(field, 'Escape');
      expect(event.defaultPrevented).toBe(false);
      field.remove();
    }
    expect(ran).toEqual([]);
  });

  it('work on controls that take no typing: after toggling a checkbox or picking an option, Ctrl+Z undoes it', () => {
    const ran = install('mod+z');
    press(place('<input id="c" type="checkbox">', '#c'), 'z', { ctrlKey: true });
    press(place('<select id="s"><option>a</option></select>', '#s'), 'z', { ctrlKey: true });
    press(place('<button id="b">Undo</button>', '#b'), 'z', { ctrlKey: true });
    expect(ran).toEqual(['mod+z', 'mod+z', 'mod+z']);
  });

  it('Ctrl+S works from a text field, where the browser would otherwise save the page', () => {
    const ran = install();
    const event = press(place('<input id="t">', '#t'), 's', { ctrlKey: true });
    expect(ran).toEqual(['mod+s']);
    expect(event.defaultPrevented).toBe(true);
  });

  it('do nothing inside an open modal dialog, where the design behind is out of reach', () => {
    const ran = install('mod+z', 'delete', 'escape');
    const button = place('<dialog open><button id="in">Open</button><input id="field"></dialog>', '#in');
    press(button, 'z', { ctrlKey: true });
    press(button, 'Delete');
    const escape = press(button, 'Escape');
    press(document.querySelector('#field')!, 's', { ctrlKey: true });
    expect(ran).toEqual([]);
    expect(escape.defaultPrevented).toBe(false);
    document.querySelector('dialog')!.removeAttribute('open');
    press(button, 'z', { ctrlKey: true });
    expect(ran).toEqual(['mod+z']);
  });

  it('ignore keys that compose text in an input method', () => {
    const ran = install('escape');
    press(document.body, 'Escape', { isComposing: true });
    expect(ran).toEqual([]);
  });
});
