import {
  RECORD_RETENTION_YEARS,
  REVIEW_NOTICE_DAYS,
  retentionOf,
  type Project,
} from '../../../../shared/domain';

const ended = (status: Project['status'], on: string) => ({ status, ended: { on, reason: undefined } });

describe('retentionOf', () => {
  it('says nothing while the project is open', () => {
    expect(retentionOf({ status: 'open', ended: undefined }, '2026-11-25')).toBeUndefined();
  });

  it(`keeps the certificate and the audit log permanently, and the minimal record ${RECORD_RETENTION_YEARS} years from closure`, () => {
    const retention = retentionOf(ended('closed', '2026-11-25'), '2026-11-25')!;
    expect(retention.endedOn).toBe('2026-11-25');
    expect(retention.recordKeptUntil).toBe('2032-11-25');
    expect(retention.items.map((item) => [item.key, item.keptUntil])).toEqual([
      ['certificate', undefined],
      ['audit-log', undefined],
      ['minimal-record', '2032-11-25'],
    ]);
  });

  it('lists no certificate for a project that was withdrawn or declined', () => {
    for (const status of ['withdrawn', 'declined'] as const) {
      const keys = retentionOf(ended(status, '2026-03-01'), '2026-11-25')!.items.map((item) => item.key);
      expect(keys).toEqual(['audit-log', 'minimal-record']);
    }
  });

  it('counts in calendar months: a project closed on 29 February is kept until 28 February six years on', () => {
    expect(retentionOf(ended('closed', '2024-02-29'), '2026-11-25')!.recordKeptUntil).toBe('2030-02-28');
  });

  it.each([
    ['2030-01-01', 'retained', 1059],
    ['2032-08-26', 'retained', REVIEW_NOTICE_DAYS + 1],
    ['2032-08-27', 'review-soon', REVIEW_NOTICE_DAYS],
    ['2032-11-25', 'review-soon', 0],
    ['2032-11-26', 'review-due', -1],
    ['2040-01-01', 'review-due', -2593],
  ] as const)(
    'on %s the minimal record of a project closed on 25 Nov 2026 is %s (%i days left)',
    (today, state, daysLeft) => {
      const retention = retentionOf(ended('closed', '2026-11-25'), today)!;
      expect(retention.state).toBe(state);
      expect(retention.daysLeft).toBe(daysLeft);
    },
  );
});
