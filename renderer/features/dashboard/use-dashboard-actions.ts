/** The action list of today, kept live: it is read again when a record it was read from changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { dashboardActions, type DashboardActions } from '../../db/repositories/dashboard-queries';

/** The actions standing on `today` (undefined while they are first read). */
export function useDashboardActions(today: IsoDate): DashboardActions | undefined {
  const { db } = useApp();
  return useLiveQuery(() => dashboardActions(db, today), [db, today]);
}
