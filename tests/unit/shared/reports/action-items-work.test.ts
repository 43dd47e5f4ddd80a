import { actionItems } from '../../../../shared/domain/reports';
import { IDS, TODAY, anApplication, fixtureId } from '../../../helpers/domain-fixtures';
import { aBooking, aChangeRequest, aSession, inDays, projectIn, someData } from './fixtures';

describe('change requests waiting', () => {
  const requests = [
    aChangeRequest(),
    aChangeRequest({ id: fixtureId(1202), status: 'approved', decidedOn: '2026-11-03' }),
    aChangeRequest({
      id: fixtureId(1203),
      kind: 'add-application',
      personId: undefined,
      applicationId: IDS.application,
      status: 'approved',
      decidedOn: '2026-11-04',
    }),
    aChangeRequest({ id: fixtureId(1204), status: 'done', decidedOn: '2026-11-03', doneOn: '2026-11-05' }),
    aChangeRequest({ id: fixtureId(1205), status: 'rejected', decidedOn: '2026-11-03' }),
  ];
  const project = projectIn('active');

  it('lists requests waiting for a decision, or approved and not done', () => {
    const items = actionItems(
      someData({ projects: [project], changeRequests: requests, applications: [anApplication()] }),
      TODAY,
    );
    expect(items.map(({ id, title, email }) => ({ id, title, email }))).toEqual([
      {
        id: `change-request:${fixtureId(1201)}:requested`,
        title: 'DSH-2026-014 asks to add Łukasz Nowak: waiting for a decision since 02/11/2026',
        email: undefined,
      },
      {
        id: `change-request:${fixtureId(1202)}:approved`,
        title: 'DSH-2026-014 may add Łukasz Nowak: approved on 03/11/2026, not done yet',
        email: { kind: 'training-invitation', personId: IDS.analyst, projectId: IDS.project },
      },
      {
        id: `change-request:${fixtureId(1203)}:approved`,
        title: 'DSH-2026-014 may add RStudio: approved on 04/11/2026, not done yet',
        email: undefined,
      },
    ]);
    expect(items.every((item) => item.severity === 'due' && item.target.tab === 'changes')).toBe(true);
  });

  it('drops the requests of an ended project', () => {
    const withdrawn = projectIn('active', { status: 'withdrawn', ended: { on: '2026-11-20' } });
    expect(actionItems(someData({ projects: [withdrawn], changeRequests: requests }), TODAY)).toEqual([]);
  });
});

describe("today's and tomorrow's bookings", () => {
  it('lists bookings that stand today (due) and tomorrow (upcoming), by session time', () => {
    const bookings = [
      aBooking({ id: fixtureId(1101), sessionId: fixtureId(1002) }),
      aBooking({ id: fixtureId(1102), personId: IDS.analyst }),
      aBooking({ id: fixtureId(1103), date: inDays(1), sessionId: fixtureId(1003) }),
      aBooking({ id: fixtureId(1104), status: 'cancelled', cancelReason: 'Unwell.' }),
      aBooking({ id: fixtureId(1105), date: inDays(2) }),
      aBooking({ id: fixtureId(1106), date: inDays(-1) }),
    ];
    const sessions = [
      aSession(),
      aSession({ id: fixtureId(1002), start: '13:00', end: '17:00', label: 'Afternoon' }),
      aSession({ id: fixtureId(1003), weekday: 4, label: undefined }),
    ];
    const items = actionItems(
      someData({ projects: [projectIn('active')], bookings, sessionTemplates: sessions }),
      TODAY,
    );
    expect(items.map(({ id, severity, title, dueOn }) => ({ id, severity, title, dueOn }))).toEqual([
      {
        id: `booking:${fixtureId(1102)}`,
        severity: 'due',
        title: 'Booked today 09:00–13:00 (Morning): Łukasz Nowak for DSH-2026-014',
        dueOn: TODAY,
      },
      {
        id: `booking:${fixtureId(1101)}`,
        severity: 'due',
        title: 'Booked today 13:00–17:00 (Afternoon): Dr A Smith for DSH-2026-014',
        dueOn: TODAY,
      },
      {
        id: `booking:${fixtureId(1103)}`,
        severity: 'upcoming',
        title: 'Booked tomorrow 09:00–13:00: Dr A Smith for DSH-2026-014',
        dueOn: inDays(1),
      },
    ]);
    expect(items[0]?.target).toEqual({ type: 'project', id: IDS.project, tab: 'bookings' });
  });
});
