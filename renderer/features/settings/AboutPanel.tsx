/**
 * Settings → About: version, platform, the data folder, what checks spelling, whether storage is persistent,
 * and diagnostics.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { formatInstant } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import type { PersistenceState } from '../../db/persistent-storage';
import { useAppInfo } from './use-app-info';
import { SaveDiagnostics } from './SaveDiagnostics';

const PERSISTENCE_TEXT: Record<PersistenceState, string> = {
  persisted: 'Persistent — the system will not clear DSH Desk’s data to free space.',
  refused: 'Not persistent — the system may clear stored data when disk space runs low. Keep backups.',
  unsupported: 'Unknown — this environment cannot report whether storage is persistent.',
};

/** The About panel. */
export function AboutPanel() {
  const { db, host, persistence } = useApp();
  const { info, error } = useAppInfo(host);
  const meta = useLiveQuery(() => db.meta.bulkGet(['installationId', 'createdAt']), [db]);
  const [installationId, createdAt] = meta ?? [];
  return (
    <section className="panel" aria-labelledby="about-heading">
      <h2 id="about-heading">About this installation</h2>
      {error && <p role="alert">Could not read the app’s details: {error}</p>}
      <dl className="facts">
        <dt>Version</dt>
        <dd>{info ? `${info.name} ${info.version}` : '…'}</dd>
        <dt>Running as</dt>
        <dd>{info ? (info.isElectron ? 'Desktop app' : 'Browser (no desktop features)') : '…'}</dd>
        <dt>Platform</dt>
        <dd>{info?.platform ?? '…'}</dd>
        <dt>Computer user</dt>
        <dd>{info?.osUserName ?? '…'}</dd>
        <dt>Data folder</dt>
        <dd className="path">{info?.dataFolder ?? '…'}</dd>
        <dt>Spelling</dt>
        <dd data-testid="spelling">
          {info ? (info.spelling ?? 'Checked by the browser, as its own settings say.') : '…'}
        </dd>
        <dt>Backup seal</dt>
        <dd data-testid="backup-seal">{info?.backupSeal ?? '…'}</dd>
        <dt>Storage</dt>
        <dd data-testid="persistence">{PERSISTENCE_TEXT[persistence]}</dd>
        <dt>Database schema</dt>
        <dd>Version {db.verno}</dd>
        <dt>Installation ID</dt>
        <dd className="path" data-testid="installation-id">
          {installationId?.value ?? '…'}
        </dd>
        <dt>Database created</dt>
        <dd data-testid="database-created">{createdAt ? formatInstant(createdAt.value) : '…'}</dd>
      </dl>
      {info && <SaveDiagnostics info={info} persistence={persistence} schema={db.verno} />}
    </section>
  );
}
