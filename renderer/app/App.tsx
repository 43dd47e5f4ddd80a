/** The app's root: services, the hash router (it works under app:// and in a browser alike) and routes. */
import { useEffect } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { AppContext, type AppServices } from './app-context';
import { Shell } from './Shell';
import { installLinkGuard } from './link-guard';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';

/** Marks the document ready once the first screen has rendered; tests wait on this, never on a timer. */
function useReadyMarker(): void {
  useEffect(() => {
    document.documentElement.dataset.appState = 'ready';
  }, []);
}

/** The whole app, given the services start-up opened. */
export function App({ services }: { services: AppServices }) {
  useReadyMarker();
  useEffect(() => installLinkGuard(document, services.host), [services.host]);
  return (
    <AppContext.Provider value={services}>
      <HashRouter>
        <Routes>
          <Route element={<Shell />}>
            <Route index element={<Navigate to="/dashboard" replace />} />
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="projects" element={<ProjectsPage />} />
            <Route path="people" element={<PeoplePage />} />
            <Route path="calendar" element={<CalendarPage />} />
            <Route path="reports" element={<ReportsPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </HashRouter>
    </AppContext.Provider>
  );
}
