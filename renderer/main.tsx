/** Start-up: open the database (or refuse it), ask for persistent storage, then show the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import { DshDatabase } from './db/database';
import { openDatabase } from './db/open-database';
import { requestPersistentStorage } from './db/persistent-storage';
import { getHost } from './host';
import './styles.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  const root = createRoot(container);
  try {
    const db = await openDatabase(new DshDatabase());
    const persistence = await requestPersistentStorage();
    const host = getHost();
    const { osUserName } = await host.getAppInfo();
    root.render(
      <StrictMode>
        <App services={{ db, host, persistence, osUserName }} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupError error={error} />);
    document.documentElement.dataset.appState = 'error';
  }
}

void start();
