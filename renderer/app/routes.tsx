/**
 * Every route of the app. A hash router: it works under app:// and in a browser alike, and can block leaving.
 * Each page is loaded on first visit (lazy-page.tsx); the shell shows "Opening the page…" meanwhile. A new page:
 * `const XPage = lazyPage(() => import('../features/x/XPage').then((m) => m.XPage));` and a route below.
 */
import { isValidElement } from 'react';
import { matchRoutes, Navigate, type RouteObject } from 'react-router';
import { Shell } from './Shell';
import { NotFoundPage } from './NotFoundPage';
import { lazyPage } from './lazy-page';
import { calendarRoutes } from '../features/calendar/calendar-routes';
import { teamRoutes } from '../features/team/team-routes';

const DashboardPage = lazyPage(() =>
  import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage),
);
const RemindersPage = lazyPage(() =>
  import('../features/reminders/RemindersPage').then((m) => m.RemindersPage),
);
const ProjectsPage = lazyPage(() => import('../features/projects/ProjectsPage').then((m) => m.ProjectsPage));
const ProjectPage = lazyPage(() => import('../features/projects/ProjectPage').then((m) => m.ProjectPage));
const NewEnquiryPage = lazyPage(() =>
  import('../features/projects/NewEnquiryPage').then((m) => m.NewEnquiryPage),
);
const IssueCertificatePage = lazyPage(() =>
  import('../features/certificates/IssueCertificatePage').then((m) => m.IssueCertificatePage),
);
const CertificatesPage = lazyPage(() =>
  import('../features/certificates/CertificatesPage').then((m) => m.CertificatesPage),
);
const PeoplePage = lazyPage(() => import('../features/people/PeoplePage').then((m) => m.PeoplePage));
const PersonPage = lazyPage(() => import('../features/people/PersonPage').then((m) => m.PersonPage));
const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage').then((m) => m.ReportsPage));
const ReportPage = lazyPage(() => import('../features/reports/ReportPage').then((m) => m.ReportPage));
const AuditPage = lazyPage(() => import('../features/audit/AuditPage').then((m) => m.AuditPage));
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage));
const BackupsPage = lazyPage(() => import('../features/backups/BackupsPage').then((m) => m.BackupsPage));
const ImportPage = lazyPage(() => import('../features/import/ImportPage').then((m) => m.ImportPage));
const SetupPage = lazyPage(() => import('../features/setup/SetupPage').then((m) => m.SetupPage));
const BriefingPage = lazyPage(() => import('../features/briefing/BriefingPage').then((m) => m.BriefingPage));
const HelpPage = lazyPage(() => import('../features/help/HelpPage').then((m) => m.HelpPage));

/** The route tree under the shell. */
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'dashboard/reminders', element: <RemindersPage /> },
      { path: 'projects', element: <ProjectsPage /> },
      { path: 'projects/new', element: <NewEnquiryPage /> },
      { path: 'projects/:projectId', element: <ProjectPage /> },
      { path: 'projects/:projectId/certificate', element: <IssueCertificatePage /> },
      { path: 'certificates', element: <CertificatesPage /> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'people/:personId', element: <PersonPage /> },
      ...calendarRoutes,
      { path: 'reports', element: <ReportsPage /> },
      { path: 'reports/:reportId', element: <ReportPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'settings/backups', element: <BackupsPage /> },
      ...teamRoutes,
      { path: 'settings/import', element: <ImportPage /> },
      { path: 'setup', element: <SetupPage /> },
      { path: 'dashboard/briefing', element: <BriefingPage /> },
      { path: 'help', element: <HelpPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Starts fetching the code of the page the window opens on (`hash`: the address at start, e.g. "#/dashboard"),
 * so it arrives while the database opens instead of after the shell has rendered.
 */
export function preloadPageAt(hash: string): void {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  const leaf = matchRoutes(routes, path === '/' ? '/dashboard' : path)?.at(-1)?.route.element;
  const page: unknown = isValidElement(leaf) ? leaf.type : undefined;
  if (typeof page === 'object' && page !== null && 'preload' in page && typeof page.preload === 'function')
    (page.preload as () => void)();
}
