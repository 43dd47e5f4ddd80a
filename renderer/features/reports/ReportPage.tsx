/** One report (`#/reports/<id>`), with the list of reports beside it, so the next is one click away. */
import { NavLink, useParams } from 'react-router';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useToday } from '../../app/use-today';
import { REPORTS, reportNamed } from './report-catalogue';
import './reports.css';

/** The report page. */
export function ReportPage() {
  const { reportId } = useParams();
  const today = useToday();
  const report = reportNamed(reportId);
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
      {report && <report.Body key={report.id} today={today} />}
    </>
  );
}
