/** Asks before leaving a form with unsaved changes: stay, or leave and lose them. */
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/** Render inside a form's component with its dirty state; it blocks navigation while `dirty`. */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (blocker.state === 'blocked') stay.current?.focus();
  }, [blocker.state]);

  // Closing the window with unsaved changes: the browser (or Electron) asks too.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  if (blocker.state !== 'blocked') return null;
  return (
    <div className="modal-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="unsaved-title"
        aria-describedby="unsaved-text"
        className="modal"
      >
        <h2 id="unsaved-title">Leave without saving?</h2>
        <p id="unsaved-text">
          This form has changes that are not saved. If you leave now, they will be lost.
        </p>
        <div className="form-actions">
          <button ref={stay} type="button" className="button" onClick={() => blocker.reset()}>
            Stay on this page
          </button>
          <button type="button" className="button secondary" onClick={() => blocker.proceed()}>
            Leave without saving
          </button>
        </div>
      </div>
    </div>
  );
}
