/**
 * A modal dialog on the native <dialog> element: the browser keeps focus inside it and closes it on
 * Escape; focus goes back to whatever opened it (a calendar cell, a button) when it closes.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './calendar.css';

interface CalendarDialogProps {
  title: string;
  /** One line under the title (e.g. seats taken and free). */
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/** The dialog, open while it is rendered. */
export function CalendarDialog({ title, subtitle, onClose, children }: CalendarDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="calendar-dialog"
      aria-labelledby={headingId}
      onClose={() => close.current()}
      onCancel={(event) => {
        // Escape: close through React state, so the dialog unmounts with the rest of the view.
        event.preventDefault();
        close.current();
      }}
    >
      <header className="calendar-dialog-header">
        <div>
          <h2 id={headingId}>{title}</h2>
          {subtitle && <p className="calendar-dialog-subtitle">{subtitle}</p>}
        </div>
        <button type="button" className="button secondary" onClick={() => close.current()}>
          Close
        </button>
      </header>
      <div className="calendar-dialog-body">{children}</div>
    </dialog>
  );
}
