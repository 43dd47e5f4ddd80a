/** Asks before leaving a form with unsaved changes: stay, or leave and lose them. */
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

interface UnsavedChangesGuardProps {
  /** Whether there are unsaved changes now (as of this render). */
  dirty: boolean;
  /**
   * Asked at the moment the officer navigates, when the answer may have changed since the last render (a form
   * that has just saved must not block the navigation that follows its save).
   */
  stillDirty?: () => boolean;
  /** What the dialog says is unsaved. */
  message?: string;
}

/** Render with the dirty state of a form (or a page of forms); it blocks navigation while dirty. */
export function UnsavedChangesGuard({
  dirty,
  stillDirty,
  message = 'This form has changes that are not saved. If you leave now, they will be lost.',
}: UnsavedChangesGuardProps) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (stillDirty?.() ?? true) && currentLocation.pathname !== nextLocation.pathname,
  );
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (blocker.state === 'blocked') stay.current?.focus();
  }, [blocker.state]);

  // Closing the window with unsaved changes: the browser (or Electron) asks too.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (stillDirty?.() ?? true) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, stillDirty]);

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
        <p id="unsaved-text">{message}</p>
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
