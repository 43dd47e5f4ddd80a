/**
 * The action list of today, kept live: read again after any write to the records it is read from. It reads
 * the deadlines that can stand today and the records they name, which any write to those tables can change,
 * so it is watched by table, not by key (see use-watched-query.ts).
 */
import type { IsoDate } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import {
  actionTables,
  dashboardActions,
  type DashboardActions,
} from '../../db/repositories/dashboard-queries';
import { useWatchedQuery } from '../../db/use-watched-query';

/** The actions standing on `today` (undefined while they are first read). */
export function useDashboardActions(today: IsoDate): DashboardActions | undefined {
  const { db } = useApp();
  return useWatchedQuery(db, actionTables, () => dashboardActions(db, today), [today]);
}
