// A modal dialog on the browser's own <dialog>: showModal() makes the rest of the page inert (focus stays inside and
// screen readers read only the dialog), Escape closes it, and focus returns to what opened it. Labelled by its
// heading.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import '../styles/dialog.css';

export const Dialog = ({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: (titleId: string) => ReactNode;
}) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    element?.showModal();
    // The field the dialog is for, when it marks one; the browser's choice (its first control) otherwise.
    element?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      // Escape: the browser would close the dialog by itself; the page closes it, so its state says so too.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Should the browser close it all the same (a second Escape may not be held back), the page follows.
      onClose={onClose}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button quiet small" onClick={onClose}>
          Close<span className="visually-hidden"> the dialog</span>
        </button>
      </div>
      {children(titleId)}
    </dialog>
  );
};
