/** The Dashboard section, before it has anything to show. */
import { SectionPlaceholder } from '../../components/SectionPlaceholder';

/** The Dashboard section. */
export function DashboardPage() {
  return (
    <SectionPlaceholder path="/dashboard" emptyTitle="Nothing to show yet">
      <p>
        Once projects are recorded, this page shows how many are at each of the six stages, the actions
        waiting for you (training about to expire, access forms to sign, projects nearing their end date),
        today’s and tomorrow’s bookings, and the latest activity.
      </p>
    </SectionPlaceholder>
  );
}
