/**
 * The action list of today, kept live: read again after any write to the records it is read from. It reads
 * the deadlines that can stand today and the records they name, which any write to those tables can change,
 * so it is watched by table, not by key (see use-watched-query.ts).
 */
import type { IsoDate } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { dashboardFirstActions } from '../../db/repositories/dashboard-first';
import {
  actionTables,
  dashboardActions,
  type DashboardActions,
} from '../../db/repositories/dashboard-queries';
import { useWatchedQuery } from '../../db/use-watched-query';
import { dashboardShownIds } from './today-first';

/** The actions standing on `today`, every one named (undefined while they are first read). */
export function useDashboardActions(today: IsoDate): DashboardActions | undefined {
  const { db } = useApp();
  return useWatchedQuery(db, actionTables, () => dashboardActions(db, today), [today]);
}

/**
 * The dashboard's actions in the view of `officer` ('' = everyone): every item, for the counts, but only
 * those the dashboard draws named (dashboard-first.ts), so the people read grow with the screen, not the list.
 */
export function useDashboardFirstActions(today: IsoDate, officer: string): DashboardActions | undefined {
  const { db } = useApp();
  const read = useWatchedQuery(
    db,
    actionTables,
    async () => ({
      officer,
      actions: await dashboardFirstActions(db, today, (items, owners) =>
        dashboardShownIds(items, today, officer, owners),
      ),
    }),
    [today, officer],
  );
  // Until the new view is read, none: the last one named the items of the other view only.
  return read?.officer === officer ? read.actions : undefined;
}
