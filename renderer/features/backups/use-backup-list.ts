/** The backups folder as the host reports it, read again whenever a backup is written or restored. */
import { useCallback, useEffect, useState } from 'react';
import type { BackupList } from '../../../shared/contract/backup-payloads';
import type { Host } from '../../host';
import { onBackupsChanged } from './backup-service';
import { faultMessage } from '../../db/errors';

/** The list (null while loading), or why it could not be read; `refresh` reads it again. */
export function useBackupList(host: Host): {
  list: BackupList | null;
  error: string | null;
  refresh: () => void;
} {
  const [state, setState] = useState<{ list: BackupList | null; error: string | null }>({
    list: null,
    error: null,
  });
  const [reads, setReads] = useState(0);
  const refresh = useCallback(() => setReads((n) => n + 1), []);

  useEffect(() => onBackupsChanged(refresh), [refresh]);
  useEffect(() => {
    let live = true;
    host.listBackups().then(
      (list) => live && setState({ list, error: null }),
      (error: unknown) => live && setState({ list: null, error: faultMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [host, reads]);
  return { ...state, refresh };
}
