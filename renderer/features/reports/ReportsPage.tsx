/** The Reports section: the reports a manager reads, each a chart with its table, and the evidence pack. */
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { EvidencePackPanel } from './evidence/EvidencePackPanel';
import { REPORTS } from './report-catalogue';
import './reports.css';

/** The Reports page (`#/reports`). */
export function ReportsPage() {
  return (
    <>
      <PageHeader
        title="Reports"
        description="Figures for managers and auditors. Every chart has a table of the same figures and a CSV download."
      />
      <ul className="report-cards">
        {REPORTS.map((report) => (
          <li key={report.id} className="report-card">
            <Link to={`/reports/${report.id}`} className="report-card-title">
              {report.title}
            </Link>
            <p className="muted">{report.summary}</p>
          </li>
        ))}
      </ul>
      <EvidencePackPanel />
    </>
  );
}
