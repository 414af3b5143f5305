import type { DragEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import { addFromPalette } from '../../canvas/addFromPalette';
import { planClickAdd } from '../../canvas/paletteDrop';
import { sceneOf } from '../../canvas/sceneOf';
import type { NewElementKind } from '../../model/commands/addElement';
import { useAppStoreApi } from '../../store/StoreProvider';
import { PALETTE_GROUPS, PALETTE_MIME, type PaletteItem } from './paletteItems';
import './palette.css';

/**
 * Element kinds to drag onto the canvas. A click (or Enter) adds one too, into
 * the selected host or switch, for keyboard users.
 */
export function Palette() {
  const store = useAppStoreApi();
  const flow = useStoreApi();

  const addByClick = (kind: NewElementKind) => {
    const { width, height, transform } = flow.getState();
    const [x, y, zoom] = transform;
    const centre = { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
    const { doc, selection } = store.getState();
    addFromPalette(store, planClickAdd(doc, sceneOf(doc), kind, selection, centre));
  };

  const onDragStart = (event: DragEvent, item: PaletteItem) => {
    event.dataTransfer.setData(PALETTE_MIME, item.kind);
    event.dataTransfer.setData('text/plain', item.label);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <aside className="palette" aria-label="Palette">
      {PALETTE_GROUPS.map((group) => (
        <section key={group.title} className="palette-group" aria-label={group.title}>
          <h2 className="palette-title">{group.title}</h2>
          {group.items.map((item) => (
            <button
              key={item.kind}
              type="button"
              className={`palette-item palette-${item.kind}`}
              draggable
              onDragStart={(event) => onDragStart(event, item)}
              onClick={() => addByClick(item.kind)}
              title={item.hint}
              data-testid={`palette.${item.kind}`}
            >
              <span className="palette-icon" aria-hidden="true" />
              {item.label}
            </button>
          ))}
        </section>
      ))}
    </aside>
  );
}
