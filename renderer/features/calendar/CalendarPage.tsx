/** The Calendar section, before it has anything to show. */
import { SectionPlaceholder } from '../../components/SectionPlaceholder';

/** The Calendar section. */
export function CalendarPage() {
  return (
    <SectionPlaceholder path="/calendar" emptyTitle="No bookings yet">
      <p>
        The booking calendar will show each week’s sessions with seats taken and free, a month overview, and
        who is booked, and will let you book, cancel and export sessions.
      </p>
    </SectionPlaceholder>
  );
}
