/**
 * The Monday briefing made on Wednesday 25/11/2026 (its week: 23–29/11/2026): deadlines by the week's
 * Sunday are listed, later ones are not; bookings summarised per day and session; bookings at risk listed
 * one by one; an officer's briefing leaves out projects another officer looks after.
 */
import { bookingsAtRisk } from '../../../../shared/domain';
import { briefingWeek, weeklyBriefing, type BriefingInput } from '../../../../shared/domain/briefing';
import { actionItems } from '../../../../shared/domain/reports';
import { briefingDocument } from '../../../../shared/documents/briefing/briefing-document';
import {
  IDS,
  TODAY,
  aCompleteOnboarding,
  aMembership,
  fixtureId,
  recordBase,
} from '../../../helpers/domain-fixtures';
import { aBooking, leadTrainedUntil, projectIn, someData } from '../reports/fixtures';

const project = projectIn('active', { onboarding: { ...aCompleteOnboarding(), plannedEnd: '2026-11-27' } });
const lead = aMembership();
const analyst = aMembership({
  ...recordBase(fixtureId(502)),
  personId: IDS.analyst,
  role: 'analyst',
  accessForm: undefined,
  accessGranted: undefined,
});
const trainings = [
  ...leadTrainedUntil('2026-11-27'),
  ...leadTrainedUntil('2026-12-15', IDS.analyst).map((r) => ({ ...r, id: `${r.id}-a` })),
];
const bookings = [
  aBooking({ id: fixtureId(1111), date: '2026-11-26' }),
  aBooking({ id: fixtureId(1112), date: '2026-11-28', sessionId: fixtureId(1002) }),
  aBooking({ id: fixtureId(1113), date: '2026-11-26', personId: IDS.analyst, sessionId: fixtureId(1002) }),
];

function input(audience: BriefingInput['audience']): BriefingInput {
  const data = someData({ projects: [project], memberships: [lead, analyst], trainings, bookings });
  const words = (booking: (typeof bookings)[number]) => ({
    booking,
    session: booking.sessionId === fixtureId(1002) ? 'Afternoon (13:00–17:00)' : 'Morning (09:00–13:00)',
    sessionStart: booking.sessionId === fixtureId(1002) ? '13:00' : '09:00',
    personName: booking.personId === IDS.lead ? 'Dr A Smith' : 'Łukasz Nowak',
    projectReference: 'DSH-2026-014',
  });
  return {
    week: briefingWeek(TODAY),
    items: actionItems(data, TODAY, { keepAcknowledged: true }),
    bookings: bookings.map(words),
    atRisk: bookingsAtRisk(
      {
        bookings,
        memberships: [lead, analyst],
        trainings,
        nameOf: (id) => (id === IDS.lead ? 'Dr A Smith' : 'Łukasz Nowak'),
      },
      TODAY,
    ),
    audience,
  };
}

const linesOf = (briefing: ReturnType<typeof weeklyBriefing>, id: string) =>
  briefing.sections.find((section) => section.id === id)!.lines.map((line) => line.text);

describe('weeklyBriefing', () => {
  const briefing = weeklyBriefing(input({ kind: 'team' }));

  it('lists the training expiring by Sunday, not the one expiring later in the 30 days', () => {
    expect(linesOf(briefing, 'training')).toEqual([
      'Dr A Smith’s NHS DSA training expires in 2 days (27/11/2026)',
    ]);
  });

  it('lists the missing access form and the project reaching its planned end this week', () => {
    expect(linesOf(briefing, 'forms')).toEqual([
      'Łukasz Nowak has not signed the user access form for DSH-2026-014',
    ]);
    expect(linesOf(briefing, 'ending')).toEqual([
      'DSH-2026-014 reaches its planned end in 2 days (27/11/2026)',
    ]);
    expect(linesOf(briefing, 'closures')).toEqual([]);
  });

  it('summarises the bookings per day and session (in the order sessions are held), and lists each booking whose person will not be ready', () => {
    expect(linesOf(briefing, 'bookings')).toEqual([
      'Thursday 26 Nov 2026: 2 bookings (Morning (09:00–13:00): 1; Afternoon (13:00–17:00): 1)',
      'Saturday 28 Nov 2026: 1 booking (Afternoon (13:00–17:00): 1)',
    ]);
    expect(linesOf(briefing, 'not-ready')).toEqual([
      'Thursday 26 Nov 2026, Afternoon (13:00–17:00): Łukasz Nowak for DSH-2026-014. Łukasz Nowak has not signed the user access form. Łukasz Nowak has not been granted access.',
      'Saturday 28 Nov 2026, Afternoon (13:00–17:00): Dr A Smith for DSH-2026-014. Dr A Smith has no NHS DSA Level 1 training valid on 28/11/2026.',
    ]);
  });

  it('leaves out of an officer’s briefing the projects another officer looks after', () => {
    const theirs = weeklyBriefing(
      input({ kind: 'officer', staffId: 'me', name: 'Tess Officer', caseOfficerOf: () => 'someone-else' }),
    );
    expect(theirs.audience).toBe('Tess Officer');
    expect(theirs.sections.every((section) => section.lines.length === 0)).toBe(true);
    const mine = weeklyBriefing(
      input({ kind: 'officer', staffId: 'me', name: 'Tess Officer', caseOfficerOf: () => 'me' }),
    );
    expect(mine.sections).toEqual(briefing.sections);
    const nobodys = weeklyBriefing(
      input({ kind: 'officer', staffId: 'me', name: 'Tess Officer', caseOfficerOf: () => undefined }),
    );
    expect(nobodys.sections).toEqual(briefing.sections);
  });

  it('prints every section with its count, and says so when one is empty', () => {
    const spec = briefingDocument(briefing, 'Data Safe Haven');
    const headings = spec.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
    expect(headings).toEqual([
      'Trainings expiring (1)',
      'Forms missing (1)',
      'Projects ending (1)',
      'Closures open (0)',
      'Bookings (3)',
      'Not ready on the day (2)',
    ]);
    expect(spec.runningTitle).toBe('Monday briefing · Week of Monday 23 Nov 2026');
  });
});
