/** The Reports section, before it has anything to show. */
import { SectionPlaceholder } from '../../components/SectionPlaceholder';

/** The Reports section. */
export function ReportsPage() {
  return (
    <SectionPlaceholder path="/reports" emptyTitle="No reports yet">
      <p>
        Reports will chart projects per stage over time, time spent in each stage, booking use, training
        compliance and costs, each with a table and a CSV export, and will build the evidence pack for audits.
      </p>
    </SectionPlaceholder>
  );
}
