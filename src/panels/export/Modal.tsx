// A modal dialog on the native <dialog>: focus moves into it and stays there,
// the page behind is inert, and Escape counts as closing.
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import './export.css';

interface ModalProps {
  title: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}

export function Modal({ title, testId, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="export-dialog"
      data-testid={testId}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="export-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
