/**
 * Bookings whose person will not be ready on the day (the readiness forecast), each with why, a link to the
 * person's training, and one click to a renewal e-mail draft that covers every booking of theirs at risk.
 */
import { Link } from 'react-router';
import { formatLongDate } from '../../../shared/dates';
import { isoWeekdayOf, weekdayName, type BookingAtRisk } from '../../../shared/domain';
import { sessionWords, type PeriodForecast } from '../../db/repositories/forecast-queries';
import { RenewalDraftButton } from '../../components/email/RenewalDraftButton';
import './forecast.css';

function when(risk: BookingAtRisk, forecast: PeriodForecast): string {
  const { date, sessionId } = risk.booking;
  return `${weekdayName(isoWeekdayOf(date))} ${formatLongDate(date)}, ${sessionWords(forecast.sessions, sessionId)}`;
}

/** The list; `empty` is shown when nothing is at risk. */
export function AtRiskList({ forecast, empty }: { forecast: PeriodForecast; empty: string }) {
  if (forecast.atRisk.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="at-risk-list">
      {forecast.atRisk.map((risk) => {
        const person = forecast.people.get(risk.booking.personId);
        const project = forecast.projects.get(risk.booking.projectId);
        const name = person?.name ?? 'A member';
        const ofPerson = forecast.atRisk.filter((other) => other.booking.personId === risk.booking.personId);
        return (
          <li key={risk.booking.id} className="at-risk-item">
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
                    projectReference:
                      forecast.projects.get(other.booking.projectId)?.reference ?? 'a project',
                  })),
                }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
