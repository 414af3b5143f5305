// A toolbar drop-down menu: a button that opens a list of actions. Closes on
// a choice, Escape or a click elsewhere; arrow keys move between items.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import './menus.css';

export interface MenuItem {
  key: string;
  label: string;
  testId: string;
  onSelect: () => void;
  /** A keyboard shortcut, shown at the right. */
  hint?: string;
  /** A second line under the label. */
  description?: string;
  disabled?: boolean;
}

interface MenuProps {
  label: string;
  testId: string;
  items: readonly MenuItem[];
  /** Called each time the menu opens (an Examples menu fetches its list then). */
  onOpen?: () => void;
}

const focusable = (menu: HTMLElement | null): HTMLButtonElement[] =>
  menu ? [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')] : [];

export function Menu({ label, testId, items, onOpen }: MenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // Focus the first item on opening, and again when the items arrive (a fetched list).
  const itemKeys = items.map((item) => item.key).join('\n');
  useEffect(() => {
    if (open) focusable(listRef.current)[0]?.focus();
  }, [open, itemKeys]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const toggle = () => {
    if (!open) onOpen?.();
    setOpen(!open);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const list = focusable(listRef.current);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    list[(at + step + list.length) % list.length]?.focus();
  };

  return (
    <div className="menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={buttonRef}
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={testId}
        onClick={toggle}
      >
        {label} ▾
      </button>
      {open && (
        <div className="menu-list" role="menu" aria-label={label} ref={listRef}>
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              className="menu-item"
              data-testid={item.testId}
              disabled={item.disabled}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              <span className="menu-item-label">{item.label}</span>
              {item.hint && <kbd className="menu-item-hint">{item.hint}</kbd>}
              {item.description && <span className="menu-item-description">{item.description}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
