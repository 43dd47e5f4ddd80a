/**
 * Everything about booking the core connection that the team sets: the weekly sessions and their seats,
 * blackout dates (with the bank holidays ready to add), the booking horizon and the weekly limit per
 * project. Shown in Settings and at /calendar/settings. Its forms report unsaved changes to the page's
 * registry, so the page around it should be wrapped in an UnsavedFormsProvider.
 */
import { BlackoutDatesPanel } from './BlackoutDatesPanel';
import { BookingLimitsPanel } from './BookingLimitsPanel';
import { SessionTemplatesPanel } from './SessionTemplatesPanel';

/** The booking settings, as three panels. */
export function BookingSettingsPanel() {
  return (
    <>
      <SessionTemplatesPanel />
      <BlackoutDatesPanel />
      <BookingLimitsPanel />
    </>
  );
}
