/** Today in London, kept current: a screen left open overnight moves on to the new day by itself. */
import { useEffect, useState } from 'react';
import { londonToday, type IsoDate } from '../../shared/dates';

const CHECK_EVERY_MS = 60_000;

/** The London calendar day, re-checked every minute. */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => londonToday());
  useEffect(() => {
    const timer = setInterval(() => setToday(londonToday()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return today;
}
