/** The current instant, refreshed every minute, so sessions that begin while the calendar is open turn past. */
import { useEffect, useState } from 'react';

/** The current time, updated every `everyMs` (default one minute). */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
