/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { addDaysIso, daysBetween } from '../../../../shared/dates';
import { readinessOf, trainingValidUntil, type TrainingRecord } from '../../../../shared/domain';
import { IDS, TODAY, aMembership, aTraining, fixtureId } from '../../../helpers/domain-fixtures';

const dshTraining = aTraining({
  id: fixtureId(611),
  kind: 'dsh-environment',
  completedOn: '2025-01-10',
  evidenceReference: undefined,
});
const dsaOn = (completedOn: string, extra: Partial<TrainingRecord> = {}) => [
  dshTraining,
  aTraining({ completedOn, ...extra }),
];
const member = aMembership({
  accessForm: { signedOn: '2025-01-15', formVersion: 'v3' },
  accessGranted: { on: '2025-01-16', by: IDS.officer },
});

describe('readinessOf', () => {
  it('runs in London time (summer is UTC+1), so local-clock arithmetic would meet the clock changes', () => {
    expect(new Date('2026-07-01T12:00:00Z').getTimezoneOffset()).toBe(-60);
  });

  it('is ready with DSH training, a valid DSA, a signed form and access granted', () => {
    expect(readinessOf(member, dsaOn('2026-06-01'), TODAY)).toEqual({
      state: 'ready',
      reasons: [],
      lapsesOn: '2027-06-01',
    });
  });

  describe('an NHS DSA completed on 2025-11-25 with 12 months’ validity expires on 2026-11-25, valid that day', () => {
    const trainings = dsaOn('2025-11-25');
    it.each([
      [364, '2026-11-24', 'expiring'],
      [365, '2026-11-25', 'expiring'],
      [366, '2026-11-26', 'not-ready'],
    ])('day %i after completion (%s) is %s', (days, on, state) => {
      expect(daysBetween('2025-11-25', on)).toBe(days);
      expect(readinessOf(member, trainings, on).state).toBe(state);
    });

    it('says why, with the day asked about', () => {
      expect(readinessOf(member, trainings, '2026-11-26', undefined, 'Dr A Smith')).toEqual({
        state: 'not-ready',
        reasons: ['Dr A Smith has no NHS DSA Level 1 training valid on 26/11/2026.'],
      });
    });
  });

  it('uses the validity months of the settings when the record gives no expiry', () => {
    const trainings = dsaOn('2025-06-01');
    expect(readinessOf(member, trainings, TODAY).state).toBe('not-ready');
    expect(readinessOf(member, trainings, TODAY, { dsaValidityMonths: 24 })).toEqual({
      state: 'ready',
      reasons: [],
      lapsesOn: '2027-06-01',
    });
  });

  it('prefers the expiry date written on the record', () => {
    const record = aTraining({ completedOn: '2026-06-01', expiresOn: '2026-12-01' });
    expect(trainingValidUntil(record)).toBe('2026-12-01');
    expect(readinessOf(member, [dshTraining, record], '2026-12-02').state).toBe('not-ready');
  });

  it('uses the newest DSA when there are several', () => {
    const trainings = [...dsaOn('2025-06-01'), aTraining({ id: fixtureId(699), completedOn: '2026-10-01' })];
    expect(readinessOf(member, trainings, TODAY)).toMatchObject({ state: 'ready', lapsesOn: '2027-10-01' });
  });

  it('does not count training completed after the day asked about', () => {
    expect(readinessOf(member, dsaOn('2026-12-01'), TODAY).state).toBe('not-ready');
  });

  describe('across the clock changes, days stay whole calendar days', () => {
    it.each([
      ['March', '2025-03-29', '2026-03-29', '2026-03-30'],
      ['October', '2025-10-25', '2026-10-25', '2026-10-26'],
    ])('%s: valid on the expiry day, not the day after', (_month, completed, expiry, dayAfter) => {
      const trainings = dsaOn(completed);
      expect(readinessOf(member, trainings, expiry)).toMatchObject({ state: 'expiring', lapsesOn: expiry });
      expect(readinessOf(member, trainings, dayAfter).state).toBe('not-ready');
    });

    it.each([
      ['March', '2026-03-29'],
      ['October', '2026-10-25'],
    ])('%s: expiring from 30 days before, over the change', (_month, expiry) => {
      const trainings = [dshTraining, aTraining({ completedOn: '2025-06-01', expiresOn: expiry })];
      expect(readinessOf(member, trainings, addDaysIso(expiry, -30)).state).toBe('expiring');
      expect(readinessOf(member, trainings, addDaysIso(expiry, -31)).state).toBe('ready');
      expect(addDaysIso('2026-03-28', 1)).toBe('2026-03-29');
      expect(addDaysIso('2026-10-25', 1)).toBe('2026-10-26');
    });
  });

  describe('expiring within 30 days', () => {
    it('is expiring when the DSA expires 30 days later', () => {
      const trainings = [dshTraining, aTraining({ expiresOn: addDaysIso(TODAY, 30) })];
      expect(readinessOf(member, trainings, TODAY, undefined, 'Dr A Smith')).toEqual({
        state: 'expiring',
        reasons: ['Dr A Smith’s NHS DSA Level 1 training expires on 25/12/2026.'],
        lapsesOn: '2026-12-25',
      });
    });

    it('is ready when the DSA expires 31 days later', () => {
      const trainings = [dshTraining, aTraining({ expiresOn: addDaysIso(TODAY, 31) })];
      expect(readinessOf(member, trainings, TODAY)).toEqual({
        state: 'ready',
        reasons: [],
        lapsesOn: '2026-12-26',
      });
    });

    it('is expiring when DSH environment training lapses soon', () => {
      const trainings = [
        { ...dshTraining, expiresOn: addDaysIso(TODAY, 10) },
        aTraining({ completedOn: '2026-06-01' }),
      ];
      expect(readinessOf(member, trainings, TODAY)).toEqual({
        state: 'expiring',
        reasons: ['This person’s DSH environment training expires on 05/12/2026.'],
        lapsesOn: '2026-12-05',
      });
    });
  });

  describe('access', () => {
    const trainings = dsaOn('2026-06-01');

    it.each([
      ['on the day', TODAY],
      ['the day before', '2026-11-24'],
    ])('is not ready when access was revoked %s', (_when, revokedOn) => {
      const revoked = aMembership({ accessRevoked: { on: revokedOn, by: IDS.officer } });
      expect(readinessOf(revoked, trainings, TODAY)).toEqual({
        state: 'not-ready',
        reasons: [`This person’s access was revoked on ${revokedOn.split('-').reverse().join('/')}.`],
      });
    });

    it('is expiring when access will be revoked tomorrow; the last ready day is today', () => {
      const revoked = aMembership({ accessRevoked: { on: '2026-11-26', by: IDS.officer } });
      expect(readinessOf(revoked, trainings, TODAY)).toEqual({
        state: 'expiring',
        reasons: ['This person’s access will be revoked on 26/11/2026.'],
        lapsesOn: TODAY,
      });
    });

    it('lists every missing step', () => {
      const newcomer = aMembership({ accessForm: undefined, accessGranted: undefined });
      expect(readinessOf(newcomer, [], TODAY, undefined, 'Łukasz Nowak')).toEqual({
        state: 'not-ready',
        reasons: [
          'Łukasz Nowak has no DSH environment training.',
          'Łukasz Nowak has no NHS DSA Level 1 training valid on 25/11/2026.',
          'Łukasz Nowak has not signed the user access form.',
          'Łukasz Nowak has not been granted access.',
        ],
      });
    });

    it('is not ready before the day access is granted', () => {
      const later = aMembership({ accessGranted: { on: '2026-12-01', by: IDS.officer } });
      expect(readinessOf(later, trainings, TODAY).reasons).toEqual([
        'This person has not been granted access.',
      ]);
      expect(readinessOf(later, trainings, '2026-12-01').state).toBe('ready');
    });
  });
});
