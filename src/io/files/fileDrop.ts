// Files dropped anywhere on the window. Without this the browser would
// navigate to a dropped file and leave the app. What the files are (a design
// to open, an inventory to import) is for the caller to decide.
const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

export interface FileDropHandlers {
  /** Every file of one drop, in the order the browser lists them; never empty. */
  onFiles: (files: File[]) => void;
}

export function installFileDrop(target: Window, handlers: FileDropHandlers): () => void {
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event) || event.defaultPrevented) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    // A closer handler (the canvas's drop zone) that took the drop wins.
    if (!carriesFiles(event) || event.defaultPrevented) return;
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) handlers.onFiles(files);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
