// A file dropped anywhere on the window opens as a design. Without this the
// browser would navigate to the dropped file and leave the app.

const isDesignFile = (file: File): boolean =>
  file.name.toLowerCase().endsWith('.json') || file.type === 'application/json';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

export interface FileDropHandlers {
  onDesignFile: (file: File) => void;
  /** A file that is not a .json design file. */
  onOtherFile: (file: File) => void;
}

export function installFileDrop(target: Window, handlers: FileDropHandlers): () => void {
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event) || event.defaultPrevented) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    // A closer handler (an importer's drop zone) that took the drop wins.
    if (!carriesFiles(event) || event.defaultPrevented) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    if (isDesignFile(file)) handlers.onDesignFile(file);
    else handlers.onOtherFile(file);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
