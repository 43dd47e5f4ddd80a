/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { addDaysIso, isIsoDate } from '../../../../shared/dates';
import { generateDemoData } from '../../../../shared/demo';
import {
  SEVERITIES,
  actionItems,
  bookingUtilisationPerWeek,
  compareActions,
  costs,
  daysInStage,
  enquiriesPerMonth,
  pipeline,
  projectsPerStageOverTime,
  trainingCompliance,
} from '../../../../shared/domain/reports';

const TODAY = '2026-11-25';
const demo = generateDemoData({ today: TODAY });
const year = { from: addDaysIso(TODAY, -400), to: TODAY };

const between0and1 = (value: number | null) => value === null || (value >= 0 && value <= 1);
const noNaN = (rows: object[]) =>
  rows.every((row) => Object.values(row).every((value) => !Number.isNaN(value)));

describe('the figures over the demo data', () => {
  it('count every project once in the pipeline', () => {
    const result = pipeline(demo.projects);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(result.byStage) + sum(result.byStatus)).toBe(demo.projects.length);
    expect(result.total).toBe(demo.projects.length);
  });

  it('list actions with unique ids, valid dates, most pressing first', () => {
    const items = actionItems(
      {
        projects: demo.projects,
        people: demo.people,
        memberships: demo.memberships,
        trainings: demo.trainingRecords,
        connectionTypes: demo.connectionTypes,
        bookings: demo.bookings,
        sessionTemplates: demo.sessionTemplates,
        changeRequests: demo.changeRequests,
        applications: demo.applications,
        settings: demo.settings,
      },
      TODAY,
    );
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items.every((item) => isIsoDate(item.dueOn) && SEVERITIES.includes(item.severity))).toBe(true);
    expect(items.some((item) => /undefined|NaN/.test(item.title))).toBe(false);
    expect([...items].sort(compareActions)).toEqual(items);
    expect(new Set(items.map((item) => item.kind))).toEqual(
      new Set([
        'dsa-expired',
        'dsa-expiring',
        'access-form-missing',
        'access-not-granted',
        'onboarding-stalled',
        'closure-unfinished',
        'change-request',
        'booking',
      ]),
    );
  });

  it('see, at the end of the range, the projects where the pipeline sees them today', () => {
    const last = projectsPerStageOverTime(demo.projects, year).rows.at(-1)!;
    const now = pipeline(demo.projects);
    expect(last.asOf).toBe(TODAY);
    expect(last).toMatchObject({ ...now.byStage, ...now.byStatus });
  });

  it('give ordered spreads of days in stage, without NaN', () => {
    const rows = daysInStage(demo.projects, TODAY).rows;
    expect(noNaN(rows)).toBe(true);
    for (const row of rows.filter((r) => r.count > 0)) {
      expect([row.min!, row.p25!, row.median!, row.p75!, row.max!]).toEqual(
        [row.min!, row.p25!, row.median!, row.p75!, row.max!].sort((a, b) => a - b),
      );
      expect(row.min).toBeGreaterThanOrEqual(0);
    }
  });

  it('count every enquiry of the range, with shares between 0 and 1', () => {
    const rows = enquiriesPerMonth(demo.projects, year).rows;
    expect(rows.reduce((sum, row) => sum + row.received, 0)).toBe(demo.projects.length);
    expect(rows.every((row) => row.becameProjects <= row.received && between0and1(row.conversion))).toBe(
      true,
    );
  });

  it('give utilisation between 0 and 1 (the demo never overbooks)', () => {
    const rows = bookingUtilisationPerWeek(demo.bookings, demo.sessionTemplates, demo.blackoutDates, {
      from: addDaysIso(TODAY, -56),
      to: addDaysIso(TODAY, 27),
    }).rows;
    expect(rows.every((row) => between0and1(row.utilisation))).toBe(true);
    expect(rows.reduce((sum, row) => sum + row.booked, 0)).toBe(
      demo.bookings.filter((booking) => booking.status === 'booked').length,
    );
  });

  it('give compliance shares between 0 and 1 that add up', () => {
    const { overall, table } = trainingCompliance(
      demo.projects,
      demo.memberships,
      demo.trainingRecords,
      TODAY,
      demo.settings,
    );
    expect(overall.members).toBeGreaterThan(0);
    for (const counts of [overall, ...table.rows]) {
      expect(counts.ready + counts.expiring + counts.notReady).toBe(counts.members);
      expect(
        [counts.readyShare, counts.expiringShare, counts.notReadyShare, counts.trainedShare].every(
          between0and1,
        ),
      ).toBe(true);
    }
    expect(table.rows.reduce((sum, row) => sum + row.members, 0)).toBe(overall.members);
  });

  it('add the project estimates up to the connection totals', () => {
    const report = costs(demo.projects, demo.connectionTypes, demo.bookings, TODAY);
    const byProjects = report.projects.rows.reduce((sum, row) => sum + (row.estimatePence ?? 0), 0);
    const byConnections = report.connections.rows.reduce((sum, row) => sum + row.estimatedPence, 0);
    expect(byConnections).toBe(byProjects);
    expect(report.connections.rows.reduce((sum, row) => sum + row.projects, 0)).toBe(
      report.projects.rows.length,
    );
    expect(noNaN(report.projects.rows)).toBe(true);
  });
});
