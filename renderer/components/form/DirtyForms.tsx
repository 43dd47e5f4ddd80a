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
} from 'react';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

type Report = (formId: string, dirty: boolean) => void;

const DirtyFormsContext = createContext<Report | null>(null);

interface DirtyFormsGuardProps {
  children: ReactNode;
  /** Told whenever "some form inside is unsaved" changes (a project's gate must not move past unsaved work). */
  onDirtyChange?: (anyDirty: boolean) => void;
}

/** Wraps a page (or a stage screen): blocks navigation while any form inside has unsaved changes. */
export function DirtyFormsGuard({ children, onDirtyChange }: DirtyFormsGuardProps) {
  const dirtyForms = useRef(new Set<string>());
  const [anyDirty, setAnyDirty] = useState(false);
  const report = useCallback<Report>((formId, dirty) => {
    const forms = dirtyForms.current;
    if (dirty) forms.add(formId);
    else forms.delete(formId);
    setAnyDirty(forms.size > 0);
  }, []);
  useEffect(() => onDirtyChange?.(anyDirty), [onDirtyChange, anyDirty]);
  const stillDirty = useCallback(() => dirtyForms.current.size > 0, []);
  return (
    <DirtyFormsContext.Provider value={report}>
      {children}
      {anyDirty && (
        <UnsavedChangesGuard
          dirty
          stillDirty={stillDirty}
          message="A form on this page has changes that are not saved. If you leave now, they will be lost."
        />
      )}
    </DirtyFormsContext.Provider>
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
