/**
 * The preview of booking several at once: every booking asked for, by day, session and person, each "Will
 * be booked" or refused with the rules' reasons in plain words; and the button that books the ones that pass.
 */
import { useEffect, useRef } from 'react';
import type { SessionTemplate } from '../../../../shared/domain';
import { describeSession, splitPlan, type PlannedBooking } from '../../../../shared/domain/bookings';
import { countOf, formatFullDay } from '../../../components/calendar-dates';

interface PlanPreviewProps {
  planned: readonly PlannedBooking[];
  templates: ReadonlyMap<string, SessionTemplate>;
  saving: boolean;
  onConfirm: () => void;
}

/** The preview table and the confirm button. */
export function PlanPreview({ planned, templates, saving, onConfirm }: PlanPreviewProps) {
  const { bookable, refused } = splitPlan(planned);
  const ref = useRef<HTMLElement>(null);
  // A new preview sits below the form: bring it into view (on a 768-pixel screen it starts below the fold).
  useEffect(() => {
    // A block body: Chromium's scrollIntoView may return a promise, which React would take for a cleanup.
    void ref.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [planned]);
  const sessionOf = (id: string) => {
    const template = templates.get(id);
    return template ? describeSession(template) : 'A session no longer set up';
  };
  return (
    <section ref={ref} className="plan-preview" aria-labelledby="plan-preview-heading">
      <h3 id="plan-preview-heading">Preview</h3>
      <p role="status">
        {countOf(bookable.length, 'booking')} can be made
        {refused.length > 0 ? `; ${countOf(refused.length, 'booking')} refused (listed below)` : ''}. Nothing
        is booked until you confirm.
      </p>
      {/* Scrolls on its own when long: focusable, so the keyboard can scroll it too. */}
      <div
        className="table-scroll plan-preview-table"
        tabIndex={0}
        role="region"
        aria-label="Bookings in the preview"
      >
        <table className="data-table">
          <caption className="visually-hidden">The bookings asked for, by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Session</th>
              <th scope="col">Person</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {planned.map(({ request, personName, decision }) => (
              <tr
                key={`${request.date}|${request.sessionId}|${request.personId}`}
                className={decision.allowed ? undefined : 'plan-refused'}
              >
                <td className="nowrap">{formatFullDay(request.date)}</td>
                <td className="nowrap">{sessionOf(request.sessionId)}</td>
                <td>{personName}</td>
                <td>
                  {decision.allowed ? (
                    <span className="verdict-ok">Will be booked</span>
                  ) : (
                    <>
                      <strong className="plan-refused-word">Refused: </strong>
                      {decision.reasons.join(' ')}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={bookable.length === 0 || saving}
          onClick={onConfirm}
        >
          {saving
            ? 'Booking…'
            : bookable.length === 0
              ? 'Nothing can be booked'
              : `Book ${countOf(bookable.length, 'session')}`}
        </button>
      </div>
    </section>
  );
}
