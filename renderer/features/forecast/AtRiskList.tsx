/**
 * Bookings whose person will not be ready on the day (the readiness forecast), each with why, a link to the
 * person's training, and one click to a renewal e-mail draft that covers every booking of theirs at risk.
 * Only the first few are drawn (and named, see forecast-queries.ts) until the officer asks for all of them.
 */
import { Link } from 'react-router';
import { formatLongDate } from '../../../shared/dates';
import { isoWeekdayOf, weekdayName, type BookingAtRisk } from '../../../shared/domain';
import { sessionWords, type PeriodForecast } from '../../db/repositories/forecast-queries';
import { RenewalDraftButton } from '../../components/email/RenewalDraftButton';
import './forecast.css';

/** Bookings at risk drawn before "Show all". */
export const SHOWN_AT_RISK = 5;

/** How many rows a list asks to have named: the first few, or all once the officer asked for them. */
export function namedRows(all: boolean): number {
  return all ? Infinity : SHOWN_AT_RISK;
}

function when(risk: BookingAtRisk, forecast: PeriodForecast): string {
  const { date, sessionId } = risk.booking;
  return `${weekdayName(isoWeekdayOf(date))} ${formatLongDate(date)}, ${sessionWords(forecast.sessions, sessionId)}`;
}

/** Every booking at risk of each person, in order (a renewal draft covers them all). */
function byPerson(atRisk: readonly BookingAtRisk[]): Map<string, BookingAtRisk[]> {
  const of = new Map<string, BookingAtRisk[]>();
  for (const risk of atRisk) {
    const list = of.get(risk.booking.personId);
    if (list) list.push(risk);
    else of.set(risk.booking.personId, [risk]);
  }
  return of;
}

/** One booking at risk. */
function AtRiskRow({
  risk,
  ofPerson,
  forecast,
}: {
  risk: BookingAtRisk;
  ofPerson: readonly BookingAtRisk[];
  forecast: PeriodForecast;
}) {
  const person = forecast.people.get(risk.booking.personId);
  const project = forecast.projects.get(risk.booking.projectId);
  const name = person?.name ?? 'A member';
  return (
    <li className="at-risk-item">
      <span className="at-risk-when">{when(risk, forecast)}</span>
      <span>
        <Link to={`/people/${risk.booking.personId}`}>{name}</Link> for{' '}
        {project ? <Link to={`/projects/${project.id}`}>{project.reference}</Link> : 'a project'}
      </span>
      <span className="at-risk-reasons">{risk.reasons.join(' ')}</span>
      {risk.renewTraining && person && (
        <RenewalDraftButton
          label={`Renewal e-mail draft to ${name}`}
          input={{
            to: person.email,
            recipientName: person.name,
            organisationName: forecast.organisationName,
            ...(risk.dsaValidUntil ? { dsaValidUntil: risk.dsaValidUntil } : {}),
            bookings: ofPerson.map((other) => ({
              date: other.booking.date,
              session: sessionWords(forecast.sessions, other.booking.sessionId),
              projectReference: forecast.projects.get(other.booking.projectId)?.reference ?? 'a project',
            })),
          }}
        />
      )}
    </li>
  );
}

/**
 * The list: the named rows of `forecast`, and "Show all (N)" / "Show the first 5" when there are more than
 * fit (`all` and `onShowAll` are the caller's, which asks for the rows named accordingly); `empty` is shown
 * when nothing is at risk.
 */
export function AtRiskList({
  forecast,
  empty,
  all,
  onShowAll,
}: {
  forecast: PeriodForecast;
  empty: string;
  all: boolean;
  onShowAll: (all: boolean) => void;
}) {
  if (forecast.atRisk.length === 0) return <p className="muted">{empty}</p>;
  const ofPerson = byPerson(forecast.atRisk);
  return (
    <>
      <ul className="at-risk-list">
        {forecast.atRisk.slice(0, forecast.named).map((risk) => (
          <AtRiskRow
            key={risk.booking.id}
            risk={risk}
            ofPerson={ofPerson.get(risk.booking.personId) ?? [risk]}
            forecast={forecast}
          />
        ))}
      </ul>
      {forecast.atRisk.length > SHOWN_AT_RISK && (
        <button type="button" className="button-link" aria-expanded={all} onClick={() => onShowAll(!all)}>
          {all ? `Show the first ${SHOWN_AT_RISK}` : `Show all (${forecast.atRisk.length})`}
        </button>
      )}
    </>
  );
}
