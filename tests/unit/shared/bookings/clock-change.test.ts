import { fallsInClockChange, sessionStartInstant } from '../../../../shared/domain/bookings';

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const HOUR_MS = 3_600_000;

/** Every time of day, `HH:mm`. */
const ALL_TIMES = Array.from({ length: 24 * 60 }, (_, minute) =>
  [Math.floor(minute / 60), minute % 60].map((n) => String(n).padStart(2, '0')).join(':'),
);

/** True when `time` does not exist on `day` in London, or happens twice, as the time zone database says. */
function hasNoOneInstant(day: string, time: string): boolean {
  const at = Date.parse(sessionStartInstant(day, time));
  const reads = (ms: number) => londonClock.format(new Date(ms)) === time;
  return !reads(at) || reads(at - HOUR_MS) || reads(at + HOUR_MS);
}

describe('the hour the clocks change', () => {
  // The last Sundays of March and October in a few years, and ordinary days beside them.
  const days = ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2031-03-30', '2031-10-26'];

  it.each(days)('is exactly the times with no one instant on %s', (day) => {
    expect(ALL_TIMES.filter((time) => hasNoOneInstant(day, time))).toEqual(
      ALL_TIMES.filter(fallsInClockChange),
    );
  });

  it('covers 01:00 to 01:59 and nothing else', () => {
    expect(ALL_TIMES.filter(fallsInClockChange)).toEqual(ALL_TIMES.slice(60, 120));
  });

  it.each(['2026-03-28', '2026-03-30', '2026-07-14', '2026-10-24', '2026-10-26'])(
    'leaves every time of an ordinary day (%s) with one instant',
    (day) => {
      expect(ALL_TIMES.filter((time) => hasNoOneInstant(day, time))).toEqual([]);
    },
  );
});
