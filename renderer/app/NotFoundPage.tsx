/** Shown for an address the app does not know (e.g. an old bookmark). */
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';

/** A page that leads back to the dashboard. */
export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="This address is not part of DSH Desk." />
      <p>
        <Link to="/dashboard">Go to the dashboard</Link>
      </p>
    </>
  );
}
