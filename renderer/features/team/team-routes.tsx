/** The routes of the team-sync screens, spread into the shell's children like the calendar's. */
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { TEAM_PATHS } from './team-paths';

// Loaded on first visit (app/lazy-page.tsx), apart from the first screen.
const ConflictsPage = lazyPage(() => import('./ConflictsPage').then((m) => m.ConflictsPage));
const TeamSettingsPage = lazyPage(() => import('./TeamSettingsPage').then((m) => m.TeamSettingsPage));

/** Settings → Team and the Conflicts page (paths without the leading slash, as the router nests them). */
export const teamRoutes: RouteObject[] = [
  { path: TEAM_PATHS.settings.slice(1), element: <TeamSettingsPage /> },
  { path: TEAM_PATHS.conflicts.slice(1), element: <ConflictsPage /> },
];
