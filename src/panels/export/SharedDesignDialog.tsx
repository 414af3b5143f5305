// A page opened with #design=… offers the design in the link as a new
// design; it never replaces the current one without the user's yes, and the
// current one stays one undo away. A link that does not decode or validate
// lists its errors and leaves the current design untouched.
import { useEffect, useState } from 'react';
import { clearLocationShare, readLocationShare } from '../../io/share/locationHash';
import type { ValidationResult } from '../../model/validate';
import { formatError } from '../../model/validate';
import { useAppStoreApi } from '../../store/StoreProvider';
import { Modal } from './Modal';

export function SharedDesignDialog() {
  const store = useAppStoreApi();
  const [received, setReceived] = useState<ValidationResult | null>(null);

  useEffect(() => {
    // Also on hashchange: a link pasted into the address bar of an open tab does not reload it.
    const check = () => {
      const result = readLocationShare();
      if (result) setReceived(result);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);

  if (!received) return null;
  const close = () => {
    clearLocationShare();
    setReceived(null);
  };

  if (!received.ok)
    return (
      <Modal title="This share link could not be opened" testId="sharedDesign.dialog" onClose={close}>
        <p>Your current design was not changed.</p>
        <ul className="export-dialog-errors" data-testid="sharedDesign.errors">
          {received.errors.map((error, i) => (
            <li key={i}>{formatError(error)}</li>
          ))}
        </ul>
        <div className="export-dialog-actions">
          <button type="button" className="primary" onClick={close} data-testid="sharedDesign.close">
            Close
          </button>
        </div>
      </Modal>
    );

  const name = received.doc.name || 'Untitled design';
  const open = () => {
    store.getState().replaceDocument(received.doc, 'Open shared design');
    store.getState().notify({
      kind: 'success',
      text: `Opened the shared design “${name}”. Undo (Ctrl+Z) brings back your previous design.`,
    });
    close();
  };
  return (
    <Modal title="Open a shared design?" testId="sharedDesign.dialog" onClose={close}>
      <p data-testid="sharedDesign.question">
        Open shared design “{name}” as a new design? Your current design stays one undo away.
      </p>
      <div className="export-dialog-actions">
        <button type="button" onClick={close} data-testid="sharedDesign.cancel">
          Cancel
        </button>
        <button type="button" className="primary" onClick={open} data-testid="sharedDesign.open">
          Open
        </button>
      </div>
    </Modal>
  );
}
