/**
 * Start-up: open the database (or refuse it) — backing it up first when its schema is about to be upgraded —,
 * ask for persistent storage, show the app, then start the automatic backups.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPageAt } from './app/routes';
import { StartupError } from './app/StartupError';
import { connectAuditAnchor } from './db/audit/anchors';
import { DshDatabase } from './db/database';
import { sweepUnusedEvidence } from './db/evidence-cleanup';
import { requestPersistentStorage } from './db/persistent-storage';
import {
  automaticActor,
  openDatabaseWithBackup,
  startAutomaticBackups,
} from './features/backups/automatic-backups';
import { getHost } from './host';
import './styles.css';
import './reflow.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  const root = createRoot(container);
  // The first page's code (its own chunk) loads while the database opens.
  preloadPageAt(window.location.hash);
  try {
    const host = getHost();
    const info = await host.getAppInfo();
    const { osUserName } = info;
    const db = new DshDatabase();
    // Before anything is written: the audit head kept outside the database anchors every new event.
    await connectAuditAnchor(db, host);
    await openDatabaseWithBackup(db, host, info);
    const persistence = await requestPersistentStorage();
    root.render(
      <StrictMode>
        <App services={{ db, host, persistence, osUserName }} />
      </StrictMode>,
    );
    startAutomaticBackups({ ctx: { db, actor: automaticActor(osUserName) }, host, appVersion: info.version });
    // Files kept for proposals never confirmed, or for records since removed (after a grace period).
    if (host.kind === 'electron') void sweepUnusedEvidence(db, host);
  } catch (error) {
    root.render(<StartupError error={error} />);
    document.documentElement.dataset.appState = 'error';
  }
}

void start();
