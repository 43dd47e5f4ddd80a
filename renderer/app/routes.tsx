/** Every route of the app. A hash router: it works under app:// and in a browser alike, and can block leaving. */
import { Navigate, type RouteObject } from 'react-router';
import { Shell } from './Shell';
import { NotFoundPage } from './NotFoundPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { ProjectPage } from '../features/projects/ProjectPage';
import { NewEnquiryPage } from '../features/projects/NewEnquiryPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PersonPage } from '../features/people/PersonPage';
import { calendarRoutes } from '../features/calendar/calendar-routes';
import { ReportsPage } from '../features/reports/ReportsPage';
import { ReportPage } from '../features/reports/ReportPage';
import { RemindersPage } from '../features/reminders/RemindersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { ImportPage } from '../features/import/ImportPage';
import { IssueCertificatePage } from '../features/certificates/IssueCertificatePage';
import { CertificatesPage } from '../features/certificates/CertificatesPage';
import { teamRoutes } from '../features/team/team-routes';
import { SetupPage } from '../features/setup/SetupPage';
import { BriefingPage } from '../features/briefing/BriefingPage';
import { HelpPage } from '../features/help/HelpPage';

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
