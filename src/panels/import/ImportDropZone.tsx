// Files dropped on the canvas: an inventory is imported, a design opens. It
// listens on the canvas element it is mounted in, so it takes the drop before
// the window-wide handler (io/files/fileDrop.ts), which then leaves it alone.
import { useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../../store/StoreProvider';
import { importSessionFor } from './importSession';
import { openOrImport } from './openOrImport';
import './import.css';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

export function ImportDropZone() {
  const app = useAppStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);

  useEffect(() => {
    const zone = ref.current?.parentElement;
    if (!zone) return;
    const session = importSessionFor(app);
    // dragenter and dragleave fire for every child crossed; count them to know when the drag left.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) void openOrImport(app, session, files);
    };
    zone.addEventListener('dragenter', onEnter);
    zone.addEventListener('dragleave', onLeave);
    zone.addEventListener('dragover', onOver);
    zone.addEventListener('drop', onDrop);
    return () => {
      zone.removeEventListener('dragenter', onEnter);
      zone.removeEventListener('dragleave', onLeave);
      zone.removeEventListener('dragover', onOver);
      zone.removeEventListener('drop', onDrop);
    };
  }, [app]);

  return (
    <div ref={ref} className={over ? 'import-drop-hint is-over' : 'import-drop-hint'} aria-hidden={!over}>
      Drop an RVTools export (.xlsx or its CSV files) or govc JSON to import it, or a design .json to open it
    </div>
  );
}
