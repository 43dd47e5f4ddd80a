/**
 * The project page holds several forms (one per part of a stage). Each reports whether it has unsaved
 * changes; the page keeps ONE unsaved-changes guard for all of them (a router allows one blocker), and the
 * gate refuses to move the project while a form of the page is unsaved.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { UnsavedChangesGuard } from '../../../components/form/UnsavedChangesGuard';

/** A form's report: its label while unsaved (null once saved); `guarded` when a guard of its own asks first. */
type Report = (key: string, label: string | null, guarded?: boolean) => void;

interface Unsaved {
  label: string;
  guarded: boolean;
}

// Two contexts: forms need only the (stable) report function, so a change of the list never re-runs them.
const ReportContext = createContext<Report | null>(null);
const UnsavedContext = createContext<string[]>([]);

/** Provides the registry and the page's one guard. */
export function DirtyFormsProvider({ children }: { children: ReactNode }) {
  const [forms, setForms] = useState<Record<string, Unsaved>>({});
  const report = useCallback<Report>((key, label, guarded = false) => {
    setForms((current) => {
      if ((current[key]?.label ?? null) === label) return current;
      const next = { ...current };
      if (label === null) delete next[key];
      else next[key] = { label, guarded };
      return next;
    });
  }, []);
  const unsaved = useMemo(() => Object.values(forms).map((form) => form.label), [forms]);
  const unguarded = Object.values(forms).some((form) => !form.guarded);
  return (
    <ReportContext.Provider value={report}>
      <UnsavedContext.Provider value={unsaved}>
        {children}
        {/* Registered only while needed: a stage screen with its own guard may be on the page otherwise. */}
        {unguarded && <UnsavedChangesGuard dirty />}
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

/**
 * For a stage screen whose forms sit under their own `DirtyFormsGuard` (which asks before leaving): tells
 * the page while any of them is unsaved, so the gate waits for them too. Pass it as `onDirtyChange`.
 */
export function useStageFormsReport(): (anyDirty: boolean) => void {
  const report = useContext(ReportContext);
  const key = useId();
  useEffect(() => () => report?.(key, null), [report, key]);
  return useCallback(
    (anyDirty) => report?.(key, anyDirty ? 'form on this stage' : null, true),
    [report, key],
  );
}

/** The names of the page's forms that have unsaved changes. */
export function useUnsavedForms(): string[] {
  return useContext(UnsavedContext);
}
