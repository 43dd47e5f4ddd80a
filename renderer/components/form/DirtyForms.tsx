/**
 * One guard for a page with several small forms: each form reports whether it holds unsaved changes, and
 * leaving the page is blocked while any does. A router allows only one blocker at a time, so the blocker
 * is registered only while a form is dirty; and it reads the forms' state when the officer navigates (not
 * as of its last render), so a form that has just saved (and says so with `release`) never blocks the
 * navigation that follows its save.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useBlocker } from 'react-router';

type Report = (formId: string, dirty: boolean) => void;

const DirtyFormsContext = createContext<Report | null>(null);

/** Wraps a page (or a stage screen): blocks navigation while any form inside has unsaved changes. */
export function DirtyFormsGuard({ children }: { children: ReactNode }) {
  const dirtyForms = useRef(new Set<string>());
  const [anyDirty, setAnyDirty] = useState(false);
  const report = useCallback<Report>((formId, dirty) => {
    const forms = dirtyForms.current;
    if (dirty) forms.add(formId);
    else forms.delete(formId);
    setAnyDirty(forms.size > 0);
  }, []);
  return (
    <DirtyFormsContext.Provider value={report}>
      {children}
      {anyDirty && <LeaveGuard dirtyForms={dirtyForms} />}
    </DirtyFormsContext.Provider>
  );
}

/** The blocker and its "Leave without saving?" dialog, mounted while a form is dirty. */
function LeaveGuard({ dirtyForms }: { dirtyForms: RefObject<Set<string>> }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyForms.current.size > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (blocker.state === 'blocked') stay.current?.focus();
  }, [blocker.state]);

  // Closing the window with unsaved changes: the browser (or Electron) asks too.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyForms.current.size > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirtyForms]);

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
          A form on this page has changes that are not saved. If you leave now, they will be lost.
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

/**
 * Tells the page's guard whether this form holds unsaved changes (it stops counting once unmounted).
 * Returns `release`: call it once the form has saved, before navigating away.
 */
export function useDirtyForm(dirty: boolean): () => void {
  const report = useContext(DirtyFormsContext);
  const formId = useId();
  useEffect(() => {
    if (!report) return;
    report(formId, dirty);
    return () => report(formId, false);
  }, [report, formId, dirty]);
  return useCallback(() => report?.(formId, false), [report, formId]);
}
