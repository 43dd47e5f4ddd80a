/** `/calendar/settings`: the booking settings, reached from the calendar. */
import { Link } from 'react-router';
import { UnsavedFormsProvider } from '../../../components/form/unsaved-forms';
import { PageHeader } from '../../../components/PageHeader';
import { BookingSettingsPanel } from './BookingSettingsPanel';
import '../calendar.css';

/** The booking settings page. */
export function BookingSettingsPage() {
  return (
    <UnsavedFormsProvider>
      <PageHeader
        title="Booking settings"
        description="Sessions and seats, blackout dates, and how far ahead and how often projects may book."
        actions={
          <Link className="button secondary" to="/calendar">
            Back to the calendar
          </Link>
        }
      />
      <BookingSettingsPanel />
    </UnsavedFormsProvider>
  );
}
