/**
 * The one unsaved-changes registry. Each form reports whether it holds unsaved changes; the page keeps ONE
 * "Leave without saving?" guard for all of them (a router allows one blocker at a time, so it is registered
 * only while a form is unsaved), and a project's gate asks which forms are unsaved before moving.
 *
 * The guard reads the registry when the officer navigates (not as of its last render), so a form that has
 * just saved (and says so with `release`) never blocks the navigation that follows its save. A provider
 * inside another (a stage screen inside the project page) adds nothing: its forms join the outer registry.
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
import { getHost } from '../../host';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

/** A form's report: its entry while unsaved, null once saved or gone. */
type Report = (key: string, entry: UnsavedForm | null) => void;

/** An unsaved form: its name when the page names its forms ("Initial discussion"), else none. */
export interface UnsavedForm {
  label: string | undefined;
}

// Two contexts: forms need only the (stable) report function, so a change of the list never re-runs them.
const ReportContext = createContext<Report | null>(null);
const UnsavedContext = createContext<UnsavedForm[]>([]);

const PAGE_MESSAGE =
  'A form on this page has changes that are not saved. If you leave now, they will be lost.';

/** Wraps a page: blocks navigation (and asks before the window closes) while any form inside is unsaved. */
export function UnsavedFormsProvider({ children }: { children: ReactNode }) {
  const outer = useContext(ReportContext);
  return outer ? <>{children}</> : <Registry>{children}</Registry>;
}

function Registry({ children }: { children: ReactNode }) {
  const current = useRef(new Map<string, UnsavedForm>());
  const [forms, setForms] = useState<UnsavedForm[]>([]);
  const report = useCallback<Report>((key, entry) => {
    const map = current.current;
    if (entry === null && !map.has(key)) return;
    if (entry && map.has(key) && map.get(key)!.label === entry.label) return;
    if (entry) map.set(key, entry);
    else map.delete(key);
    setForms([...map.values()]);
  }, []);
  const stillDirty = useCallback(() => current.current.size > 0, []);
  // Main names these forms if the window is closed meanwhile ("Leave without saving?").
  const labels = forms.flatMap((form) => (form.label ? [form.label] : [])).join('\n');
  const unnamed = forms.filter((form) => form.label === undefined).length;
  useEffect(() => {
    void getHost()
      .noteUnsavedForms({
        labels: labels ? labels.split('\n').slice(0, 50) : [],
        unnamed: Math.min(unnamed, 50),
      })
      .catch(() => undefined);
    // Gone or changed: until the next report, nothing of this page is unsaved.
    return () =>
      void getHost()
        .noteUnsavedForms({ labels: [], unnamed: 0 })
        .catch(() => undefined);
  }, [labels, unnamed]);
  // A form the page does not name is one of several: the dialog speaks of "a form on this page".
  const message = forms.some((form) => form.label === undefined) ? PAGE_MESSAGE : undefined;
  return (
    <ReportContext.Provider value={report}>
      <UnsavedContext.Provider value={forms}>
        {children}
        {forms.length > 0 && <UnsavedChangesGuard dirty stillDirty={stillDirty} message={message} />}
      </UnsavedContext.Provider>
    </ReportContext.Provider>
  );
}

/**
 * Tells the page whether this form holds unsaved changes (it stops counting once unmounted); `label` names
 * it for the project's gate. Returns `release`: call it once the form has saved, before navigating away.
 */
export function useUnsavedForm(dirty: boolean, label?: string): () => void {
  const report = useContext(ReportContext);
  const key = useId();
  useEffect(() => {
    report?.(key, dirty ? { label } : null);
  }, [report, key, label, dirty]);
  useEffect(() => () => report?.(key, null), [report, key]);
  return useCallback(() => report?.(key, null), [report, key]);
}

/** The page's forms that have unsaved changes now. */
export function useUnsavedForms(): UnsavedForm[] {
  return useContext(UnsavedContext);
}
