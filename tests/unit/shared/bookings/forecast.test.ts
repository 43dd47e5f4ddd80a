/**
 * The readiness forecast: a standing future booking is flagged when its person will not be ready on its
 * day, by the same rule as booking (training valid up to and including its last day), never for the past.
 */
import {
  bookingForecast,
  bookingsAtRisk,
  readinessOf,
  trainingRenewalDraft,
} from '../../../../shared/domain';
import { IDS, TODAY, aMembership, fixtureId } from '../../../helpers/domain-fixtures';
import { aBooking, inDays, leadTrainedUntil } from '../reports/fixtures';

const member = aMembership();

describe('bookingForecast', () => {
  it('flags a booking the day after the NHS DSA training lapses, and offers a renewal', () => {
    const trainings = leadTrainedUntil(inDays(9));
    const risk = bookingForecast(
      aBooking({ date: inDays(10) }),
      member,
      trainings,
      TODAY,
      undefined,
      'Dr A Smith',
    );
    expect(risk?.reasons).toEqual(['Dr A Smith has no NHS DSA Level 1 training valid on 05/12/2026.']);
    expect(risk?.renewTraining).toBe(true);
    expect(risk?.dsaValidUntil).toBe(inDays(9));
  });

  it('does not flag a booking on the last day the training is valid', () => {
    const trainings = leadTrainedUntil(inDays(10));
    expect(bookingForecast(aBooking({ date: inDays(10) }), member, trainings, TODAY)).toBeUndefined();
  });

  it('never flags a booking already past, nor a cancelled one', () => {
    const trainings = leadTrainedUntil(inDays(-5));
    expect(bookingForecast(aBooking({ date: inDays(-1) }), member, trainings, TODAY)).toBeUndefined();
    const cancelled = aBooking({ date: inDays(3), status: 'cancelled' });
    expect(bookingForecast(cancelled, member, trainings, TODAY)).toBeUndefined();
  });

  it('flags a booking today whose person is no longer trained today', () => {
    const risk = bookingForecast(aBooking({ date: TODAY }), member, leadTrainedUntil(inDays(-1)), TODAY);
    expect(risk?.renewTraining).toBe(true);
    expect(risk?.dsaValidUntil).toBeUndefined();
  });

  it('flags access revoked before the day, without offering a training renewal', () => {
    const revoked = aMembership({ accessRevoked: { on: inDays(4), by: IDS.officer } });
    const risk = bookingForecast(
      aBooking({ date: inDays(6) }),
      revoked,
      leadTrainedUntil(inDays(300)),
      TODAY,
    );
    expect(risk?.reasons).toEqual(['This person’s access was revoked on 29/11/2026.']);
    expect(risk?.renewTraining).toBe(false);
  });

  it('flags a booking of someone no longer a member of the project', () => {
    const risk = bookingForecast(
      aBooking({ date: inDays(2) }),
      undefined,
      leadTrainedUntil(inDays(300)),
      TODAY,
    );
    expect(risk?.reasons).toEqual(['This person is no longer a member of the project.']);
  });
});

describe('bookingForecast and the booking rule', () => {
  it('flags exactly the days readinessOf finds the member not ready, with the same reasons', () => {
    const members = [
      member,
      aMembership({ accessRevoked: { on: inDays(4), by: IDS.officer } }),
      aMembership({ accessGranted: { on: inDays(3), by: IDS.officer } }),
      aMembership({ accessForm: { signedOn: inDays(9), formVersion: 'v3' } }),
      aMembership({ accessGranted: undefined }),
    ];
    const trainingSets = [
      leadTrainedUntil(inDays(9)),
      leadTrainedUntil(inDays(300)),
      [],
      leadTrainedUntil(inDays(-2)),
    ];
    let flagged = 0;
    for (const membership of members) {
      for (const trainings of trainingSets) {
        for (const day of [0, 2, 3, 4, 9, 10, 40]) {
          const readiness = readinessOf(membership, trainings, inDays(day), undefined, 'Dr A Smith');
          const risk = bookingForecast(
            aBooking({ date: inDays(day) }),
            membership,
            trainings,
            TODAY,
            undefined,
            'Dr A Smith',
          );
          expect(risk?.reasons).toEqual(readiness.state === 'not-ready' ? readiness.reasons : undefined);
          if (risk) flagged += 1;
        }
      }
    }
    // Both outcomes are met, so the comparison is not one-sided.
    expect(flagged).toBeGreaterThan(10);
    expect(flagged).toBeLessThan(members.length * trainingSets.length * 7);
  });
});

describe('bookingsAtRisk', () => {
  it('lists only the bookings at risk, earliest first, with the person named', () => {
    const later = aBooking({ id: fixtureId(1102), date: inDays(20) });
    const sooner = aBooking({ id: fixtureId(1103), date: inDays(12) });
    const fine = aBooking({ id: fixtureId(1104), date: inDays(5) });
    const atRisk = bookingsAtRisk(
      {
        bookings: [later, fine, sooner],
        memberships: [member],
        trainings: leadTrainedUntil(inDays(8)),
        nameOf: () => 'Dr A Smith',
      },
      TODAY,
    );
    expect(atRisk.map((risk) => risk.booking.id)).toEqual([sooner.id, later.id]);
    expect(atRisk[0]?.reasons[0]).toMatch(
      /^Dr A Smith has no NHS DSA Level 1 training valid on 07\/12\/2026/,
    );
  });
});

describe('trainingRenewalDraft', () => {
  it('names the first booking at risk in the subject and lists every one in the body', () => {
    const draft = trainingRenewalDraft({
      to: 'a.smith@example.ac.uk',
      recipientName: 'Dr A Smith',
      organisationName: 'Data Safe Haven',
      dsaValidUntil: '2026-12-03',
      bookings: [
        { date: '2026-12-07', session: 'Morning (09:00–13:00)', projectReference: 'DSH-2026-014' },
        { date: '2026-12-09', session: 'Afternoon (13:00–17:00)', projectReference: 'DSH-2026-014' },
      ],
    });
    expect(draft.subject).toBe('Please renew your DSH training before your booking on 7 Dec 2026');
    expect(draft.body).toContain('valid until 3 Dec 2026');
    expect(draft.body).toContain('- 7 Dec 2026, Morning (09:00–13:00), DSH-2026-014');
    expect(draft.body).toContain('- 9 Dec 2026, Afternoon (13:00–17:00), DSH-2026-014');
    expect(draft.body).toContain('these bookings');
  });
});
