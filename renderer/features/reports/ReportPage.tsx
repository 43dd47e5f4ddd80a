/** One report (`#/reports/<id>`), with the list of reports beside it, so the next is one click away. */
import { NavLink, useParams } from 'react-router';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useToday } from '../../app/use-today';
import { ComplianceReport } from './ComplianceReport';
import { CostsReport } from './CostsReport';
import { DaysInStageReport } from './DaysInStageReport';
import { EnquiriesReport } from './EnquiriesReport';
import { REPORTS, reportNamed } from './report-catalogue';
import { StagesOverTimeReport } from './StagesOverTimeReport';
import { UtilisationReport } from './UtilisationReport';
import './reports.css';

const BODIES = {
  'stages-over-time': StagesOverTimeReport,
  'days-in-stage': DaysInStageReport,
  enquiries: EnquiriesReport,
  utilisation: UtilisationReport,
  'training-compliance': ComplianceReport,
  costs: CostsReport,
} as const;

/** The report page. */
export function ReportPage() {
  const { reportId } = useParams();
  const today = useToday();
  const report = reportNamed(reportId);
  const Body = report ? BODIES[report.id as keyof typeof BODIES] : undefined;
  return (
    <>
      <PageHeader
        title={report?.title ?? 'Report not found'}
        description={report?.summary ?? 'There is no report at this address.'}
        actions={
          <Link to="/reports" className="button secondary">
            All reports
          </Link>
        }
      />
      <nav className="report-nav" aria-label="Reports">
        <ul>
          {REPORTS.map((entry) => (
            <li key={entry.id}>
              <NavLink to={`/reports/${entry.id}`} className="report-nav-link">
                {entry.title}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {Body && <Body key={report!.id} today={today} />}
    </>
  );
}
