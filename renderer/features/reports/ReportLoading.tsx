/** What a report shows while its records are read (a large data set can take a few seconds). */
import type { ReactNode } from 'react';

/** The controls, and a line saying the figures are being worked out. */
export function ReportLoading({ controls }: { controls?: ReactNode }) {
  return (
    <div data-report-state="loading" aria-busy="true">
      {controls}
      <p className="panel muted">Working out the figures…</p>
    </div>
  );
}
