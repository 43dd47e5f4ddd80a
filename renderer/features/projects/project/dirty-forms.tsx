/**
 * The project page holds several forms (one per part of a stage). Each reports whether it has unsaved
 * changes; the page keeps ONE unsaved-changes guard for all of them (a router allows one blocker), and the
 * gate refuses to move the project while a form of the page is unsaved.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UnsavedChangesGuard } from '../../../components/form/UnsavedChangesGuard';

type Report = (key: string, label: string | null) => void;

// Two contexts: forms need only the (stable) report function, so a change of the list never re-runs them.
const ReportContext = createContext<Report | null>(null);
const UnsavedContext = createContext<string[]>([]);

/** Provides the registry and the page's one guard. */
export function DirtyFormsProvider({ children }: { children: ReactNode }) {
  const [labels, setLabels] = useState<Record<string, string>>({});
  const report = useCallback<Report>((key, label) => {
    setLabels((current) => {
      if ((current[key] ?? null) === label) return current;
      const next = { ...current };
      if (label === null) delete next[key];
      else next[key] = label;
      return next;
    });
  }, []);
  const unsaved = useMemo(() => Object.values(labels), [labels]);
  return (
    <ReportContext.Provider value={report}>
      <UnsavedContext.Provider value={unsaved}>
        {children}
        {/* Registered only while needed: a stage screen with its own guard may be on the page otherwise. */}
        {unsaved.length > 0 && <UnsavedChangesGuard dirty />}
      </UnsavedContext.Provider>
    </ReportContext.Provider>
  );
}

/** Tells the page whether the form named `label` has unsaved changes. */
export function useReportDirty(key: string, label: string, dirty: boolean): void {
  const report = useContext(ReportContext);
  useEffect(() => {
    report?.(key, dirty ? label : null);
    return () => report?.(key, null);
  }, [report, key, label, dirty]);
}

/** The names of the page's forms that have unsaved changes. */
export function useUnsavedForms(): string[] {
  return useContext(UnsavedContext);
}
