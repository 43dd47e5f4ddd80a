/** The backups in the folder, newest first: when, why, how big, what they hold, and "Restore…". */
import type { BackupEntry } from '../../../shared/contract/backup-payloads';
import { contentsLabel, madeLabel, reasonLabel, sizeLabel } from './backup-words';
import { DataTable } from '../../components/DataTable';

interface Props {
  backups: BackupEntry[];
  /** False while another backup operation runs. */
  enabled: boolean;
  onRestore: (fileName: string) => void;
}

/** The table of backups. */
export function BackupTable({ backups, enabled, onRestore }: Props) {
  if (backups.length === 0) {
    return (
      <p className="muted">
        There are no backups yet. The first is made at the next start, or now with “Back up now”.
      </p>
    );
  }
  return (
    <DataTable
      caption="Backups in the backups folder, newest first"
      headings={['Made', 'Kind', 'Size', 'Contents']}
      actions
      className="backup-table"
    >
      {backups.map((backup) => (
        <tr key={backup.fileName}>
          <td className="nowrap">
            {madeLabel(backup.createdAt)}
            <div className="small muted path">{backup.fileName}</div>
          </td>
          <td>{reasonLabel(backup.reason)}</td>
          <td className="nowrap">{sizeLabel(backup.sizeBytes)}</td>
          <td>
            {backup.contents && contentsLabel(backup.contents.counts)}
            {backup.problem && <span className="form-failure">{backup.problem}</span>}
          </td>
          <td>
            <button
              type="button"
              className="button secondary"
              disabled={!enabled || backup.contents === null}
              aria-label={`Restore the backup made ${madeLabel(backup.createdAt)}`}
              onClick={() => onRestore(backup.fileName)}
            >
              Restore…
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
