/** The demo team's catalogues: staff, applications, connection types, sessions, blackouts and settings. */
import type { IsoDate } from '../dates';
import {
  DEFAULT_SETTINGS,
  STARTER_CONNECTION_TYPES,
  type Application,
  type BlackoutDate,
  type ConnectionType,
  type SessionTemplate,
  type Settings,
  type StaffMember,
} from '../domain';
import type { DemoRandom } from './random';
import { APPLICATIONS, STAFF } from './vocabulary';

/** Base fields of a demo record created on `day`. */
export function demoRecord(random: DemoRandom, day: IsoDate) {
  const at = `${day}T09:30:00.000Z`;
  return { id: random.uuid(), revision: 1, createdAt: at, updatedAt: at };
}

/** The catalogues of the demo installation. */
export interface DemoCatalogue {
  settings: Settings;
  staffMembers: StaffMember[];
  applications: Application[];
  connectionTypes: ConnectionType[];
  sessionTemplates: SessionTemplate[];
  blackoutDates: BlackoutDate[];
}

/** England & Wales bank holidays around the demo year (gov.uk), used as blackout dates. */
const BANK_HOLIDAYS: ReadonlyArray<[IsoDate, string]> = [
  ['2026-08-31', 'Summer bank holiday'],
  ['2026-12-25', 'Christmas Day'],
  ['2026-12-28', 'Boxing Day (substitute day)'],
  ['2027-01-01', 'New Year’s Day'],
  ['2027-03-26', 'Good Friday'],
  ['2027-03-29', 'Easter Monday'],
];

/** The bookable sessions of each weekday: Morning and Afternoon, or `count` equal slots from 09:00 to 17:00. */
function dailySessions(count: number): { start: string; end: string; label: string }[] {
  if (count === 2) {
    return [
      { start: '09:00', end: '13:00', label: 'Morning' },
      { start: '13:00', end: '17:00', label: 'Afternoon' },
    ];
  }
  const minutes = (8 * 60) / count;
  const time = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return Array.from({ length: count }, (_, i) => ({
    start: time(9 * 60 + Math.round(i * minutes)),
    end: time(9 * 60 + Math.round((i + 1) * minutes)),
    label: `Session ${i + 1}`,
  }));
}

/**
 * Builds the catalogues, dated `since` (the start of the demo year), with `seats` in each of
 * `sessionsPerDay` sessions a weekday (the benchmark's DSH is far busier than the demo's).
 */
export function demoCatalogue(
  random: DemoRandom,
  since: IsoDate,
  seats = 6,
  sessionsPerDay = 2,
): DemoCatalogue {
  const base = () => demoRecord(random, since);
  const sessions: SessionTemplate[] = [];
  for (let weekday = 1; weekday <= 5; weekday++) {
    for (const { start, end, label } of dailySessions(sessionsPerDay))
      sessions.push({ ...base(), weekday, start, end, seats, label, active: true });
  }
  return {
    settings: {
      id: 'settings',
      revision: 1,
      createdAt: `${since}T09:00:00.000Z`,
      updatedAt: `${since}T09:00:00.000Z`,
      ...DEFAULT_SETTINGS,
      organisationName: 'Westmoor Data Safe Haven',
    },
    staffMembers: STAFF.map((member) => ({ ...base(), ...member, active: true })),
    applications: APPLICATIONS.map((application) => ({ ...base(), ...application, active: true })),
    connectionTypes: STARTER_CONNECTION_TYPES.map((connection) => ({ ...base(), ...connection })),
    sessionTemplates: sessions,
    blackoutDates: BANK_HOLIDAYS.map(([date, reason]) => ({ ...base(), date, reason })),
  };
}
