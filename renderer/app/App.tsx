/** The app's root: services, then the hash router with every route. */
import { useEffect, useMemo } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { AppContext, type AppServices } from './app-context';
import { installLinkGuard } from './link-guard';
import { routes } from './routes';
import { CurrentStaffGate } from '../features/staff/CurrentStaffGate';
import { TeamSyncProvider } from '../sync/TeamSyncProvider';

/** Marks the document ready once the first screen has rendered; tests wait on this, never on a timer. */
function useReadyMarker(): void {
  useEffect(() => {
    document.documentElement.dataset.appState = 'ready';
  }, []);
}

/** The whole app, given the services start-up opened. */
export function App({ services }: { services: AppServices }) {
  const router = useMemo(() => createHashRouter(routes), []);
  useReadyMarker();
  useEffect(() => installLinkGuard(document, services.host), [services.host]);
  return (
    <AppContext.Provider value={services}>
      <CurrentStaffGate>
        <TeamSyncProvider>
          <RouterProvider router={router} />
        </TeamSyncProvider>
      </CurrentStaffGate>
    </AppContext.Provider>
  );
}
