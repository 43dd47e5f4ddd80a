import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BookingFormView,
  type BookingFormViewProps,
} from '../../../../../renderer/features/calendar/booking/BookingFormView';
import type { BookingCandidate } from '../../../../../renderer/db/repositories/booking-calendar';
import type { SessionChoice } from '../../../../../renderer/features/calendar/data/session-choices';
import { aMembership, aPerson, aProject, fixtureId } from '../../../../helpers/domain-fixtures';

// The booking form's view alone: what the officer sees for given records, and what it hands back.
const TODAY = '2026-11-25';
const project = aProject({ id: fixtureId(10), reference: 'DSH-0042', title: 'Hospital stays' });
const ready: BookingCandidate = {
  person: aPerson({ id: fixtureId(1), name: 'Ada Reader' }),
  membership: aMembership({ personId: fixtureId(1), projectId: project.id, role: 'lead' }),
  readiness: { state: 'ready', reasons: [] },
};
const lapsed: BookingCandidate = {
  person: aPerson({ id: fixtureId(2), name: 'Bo Lapsed' }),
  membership: aMembership({ personId: fixtureId(2), projectId: project.id, role: 'analyst' }),
  readiness: { state: 'not-ready', reasons: ['Safe researcher training expired on 1 November 2026.'] },
};
const morning: SessionChoice = {
  session: {
    date: '2026-11-30',
    sessionId: 'morning',
    start: '09:00',
    end: '13:00',
    seats: 4,
    label: 'Morning',
  },
  taken: 1,
};

function renderView(overrides: Partial<BookingFormViewProps> = {}) {
  const calls = { project: [] as string[], person: [] as string[], session: [] as string[], book: 0 };
  const props: BookingFormViewProps = {
    values: { projectId: '', personId: '', date: '', sessionId: '' },
    today: TODAY,
    horizonDays: 90,
    projects: [project],
    candidates: [],
    sessions: undefined,
    decision: undefined,
    fixedSession: false,
    saving: false,
    outcome: null,
    onProject: (id) => calls.project.push(id),
    onPerson: (id) => calls.person.push(id),
    onDate: () => {},
    onSession: (id) => calls.session.push(id),
    onBook: () => calls.book++,
    ...overrides,
  };
  render(<BookingFormView {...props} />);
  return { calls, form: screen.getByRole('form', { name: 'Book a session' }) };
}

const chosen = { projectId: project.id, personId: ready.person.id, date: '2026-11-30', sessionId: 'morning' };

describe('the booking form as the officer sees it', () => {
  it('asks for a project first, and hands back the one chosen', async () => {
    const { calls, form } = renderView();
    expect(within(form).getByText('Choose a project first.')).toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByLabelText(/^Project/), 'DSH-0042 — Hospital stays');
    expect(calls.project).toEqual([project.id]);
    expect(within(form).getByRole('button', { name: 'Book this session' })).toBeDisabled();
  });

  it('shows a member who is not ready disabled, with why, and lets a ready one be chosen', async () => {
    const { calls, form } = renderView({
      values: { ...chosen, personId: '', sessionId: '' },
      candidates: [ready, lapsed],
    });
    const bo = within(form).getByRole('radio', { name: /Bo Lapsed/ });
    expect(bo).toBeDisabled();
    expect(bo).toHaveAccessibleDescription('Safe researcher training expired on 1 November 2026.');
    expect(within(form).getByText('Not ready')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('radio', { name: /Ada Reader.*Lead researcher/ }));
    expect(calls.person).toEqual([ready.person.id]);
  });

  it('lists every reason the rules refuse the booking, and keeps the button off', () => {
    const { form } = renderView({
      values: chosen,
      candidates: [ready],
      sessions: [morning],
      decision: { allowed: false, reasons: ['The project has used its 2 bookings this week.'] },
    });
    expect(within(form).getByText('This booking cannot be made:')).toBeInTheDocument();
    expect(within(form).getByText('The project has used its 2 bookings this week.')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Book this session' })).toBeDisabled();
  });

  it('says an allowed session can be booked, and books it when the button is pressed', async () => {
    const view = renderView({
      values: chosen,
      candidates: [ready],
      sessions: [morning],
      decision: { allowed: true },
    });
    expect(within(view.form).getByText('This session can be booked.')).toBeInTheDocument();
    await userEvent.click(within(view.form).getByRole('button', { name: 'Book this session' }));
    expect(view.calls.book).toBe(1);
  });

  it('shows a fixed session instead of asking for the day and session', () => {
    const { form } = renderView({
      values: chosen,
      candidates: [ready],
      sessions: [morning],
      fixedSession: true,
    });
    expect(within(form).getByText(/Morning 09:00–13:00 on/)).toBeInTheDocument();
    expect(within(form).queryByLabelText('Date')).not.toBeInTheDocument();
  });

  it('says a failed booking as an alert', () => {
    renderView({ values: chosen, outcome: { kind: 'failed', message: 'The session is full now.' } });
    expect(screen.getByRole('alert')).toHaveTextContent('The session is full now.');
  });

  it('says a booking made in the status line', () => {
    renderView({ values: chosen, outcome: { kind: 'booked', message: 'Booked Ada Reader (DSH-0042).' } });
    expect(screen.getByRole('status')).toHaveTextContent('Booked Ada Reader (DSH-0042).');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
