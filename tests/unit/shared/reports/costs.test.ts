import type { ConnectionType } from '../../../../shared/domain';
import { costs } from '../../../../shared/domain/reports';
import {
  IDS,
  TODAY,
  aCompleteOnboarding,
  fixtureId,
  recordBase,
  theCoreConnection,
  theDedicatedConnection,
} from '../../../helpers/domain-fixtures';
import { aBooking, inDays, projectIn } from './fixtures';

const monthly: ConnectionType = {
  ...theDedicatedConnection(),
  ...recordBase(fixtureId(303)),
  name: 'Virtual desktop',
  pricePence: 15_000,
  unit: 'per-month',
};
const types = [theCoreConnection(), theDedicatedConnection(), monthly];
const plan = (connectionTypeId: string, plannedStart?: string, plannedEnd?: string) =>
  aCompleteOnboarding({ connectionTypeId, plannedStart, plannedEnd });

const core = projectIn('active', {
  reference: 'DSH-2026-001',
  onboarding: plan(IDS.coreConnection, '2026-01-15', '2027-01-15'),
});
const dedicated = projectIn('active', {
  ...recordBase(fixtureId(2)),
  reference: 'DSH-2026-002',
  onboarding: plan(IDS.dedicatedConnection, '2026-01-01', '2027-01-01'),
});
const undated = projectIn('onboarding', {
  ...recordBase(fixtureId(3)),
  reference: 'DSH-2026-003',
  onboarding: plan(IDS.dedicatedConnection),
});
const withdrawn = projectIn('active', {
  ...recordBase(fixtureId(4)),
  reference: 'DSH-2026-004',
  status: 'withdrawn',
  ended: { on: '2026-06-01' },
  onboarding: plan(monthly.id, '2026-01-01', '2027-01-01'),
});
const closed = projectIn('closure', {
  ...recordBase(fixtureId(5)),
  reference: 'DSH-2025-009',
  status: 'closed',
  ended: { on: '2025-07-20' },
  onboarding: plan(IDS.coreConnection, '2025-01-01', '2025-07-01'),
});
const bookings = [
  aBooking({ date: '2026-11-02' }),
  aBooking({ date: '2026-11-09' }),
  aBooking({ date: inDays(-1) }),
  aBooking({ date: '2026-11-16', status: 'cancelled', cancelReason: 'Unwell.' }),
  aBooking({ date: TODAY }),
  aBooking({ date: inDays(7) }),
  aBooking({ date: '2026-06-01', projectId: withdrawn.id }),
];

describe('estimated costs against use', () => {
  const report = costs([withdrawn, undated, dedicated, closed, core], types, bookings, TODAY);

  it('estimates each open or closed project, with sessions used of the booked connection', () => {
    expect(
      report.projects.rows.map((row) => [
        row.reference,
        row.estimatePence,
        row.plannedMonths,
        row.monthsElapsed,
        row.sessionsUsed,
        row.sessionsAhead,
        row.sessionsPerMonth,
      ]),
    ).toEqual([
      ['DSH-2025-009', 0, 6, 6, 0, 0, 0],
      ['DSH-2026-001', 0, 12, 11, 3, 2, 3 / 11],
      ['DSH-2026-002', 120_000, 12, 11, null, null, null],
      ['DSH-2026-003', null, null, null, null, null, null],
    ]);
    expect(report.projects.rows[2]?.explanation).toBe('£1,200.00 a year × 1 year = £1,200.00');
    expect(report.projects.rows[3]?.explanation).toBe(
      'Enter the planned start and end dates to estimate the cost.',
    );
  });

  it('adds the estimates up per connection type', () => {
    expect(report.connections.rows).toEqual([
      {
        connectionTypeId: IDS.coreConnection,
        connection: 'Core connection',
        unit: 'free',
        projects: 2,
        estimatedPence: 0,
        unknownEstimates: 0,
        sessionsUsed: 3,
      },
      {
        connectionTypeId: IDS.dedicatedConnection,
        connection: 'Dedicated remote desktop',
        unit: 'per-year',
        projects: 2,
        estimatedPence: 120_000,
        unknownEstimates: 1,
        sessionsUsed: null,
      },
      {
        connectionTypeId: monthly.id,
        connection: 'Virtual desktop',
        unit: 'per-month',
        projects: 0,
        estimatedPence: 0,
        unknownEstimates: 0,
        sessionsUsed: null,
      },
    ]);
  });

  it('has no months elapsed before the planned start, and no rate then', () => {
    const future = projectIn('access', { onboarding: plan(IDS.coreConnection, inDays(10), '2027-12-01') });
    expect(costs([future], types, [], TODAY).projects.rows[0]).toMatchObject({
      monthsElapsed: 0,
      sessionsUsed: 0,
      sessionsPerMonth: null,
    });
  });

  it('gives empty tables for no data', () => {
    expect(costs([], [], [], TODAY)).toEqual({
      projects: { columns: expect.any(Array), rows: [] },
      connections: { columns: expect.any(Array), rows: [] },
    });
  });
});
