/** How many backups rotation keeps and how often DSH Desk backs up while it runs (this computer's setting). */
import { useState, type FormEvent } from 'react';
import { BackupSettingsSchema, type BackupSettings } from '../../../shared/contract/backup-payloads';
import { Field } from '../../components/form/Field';
import type { Host } from '../../host';
import { faultMessage } from '../../db/errors';

type Draft = Record<keyof BackupSettings, string>;

/** The settings form; `onSaved` is told once the host has kept them. */
export function BackupSettingsForm({
  host,
  settings,
  onSaved,
}: {
  host: Host;
  settings: BackupSettings;
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState<Draft>({
    keepDaily: String(settings.keepDaily),
    keepWeekly: String(settings.keepWeekly),
    everyHours: String(settings.everyHours),
  });
  const [errors, setErrors] = useState<Partial<Draft>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = BackupSettingsSchema.safeParse({
      keepDaily: Number(draft.keepDaily),
      keepWeekly: Number(draft.keepWeekly),
      everyHours: Number(draft.everyHours),
    });
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])),
      );
      setMessage(null);
      return;
    }
    setErrors({});
    try {
      await host.setBackupSettings(parsed.data);
      setMessage('Saved. Rotation follows them from the next backup.');
      onSaved();
    } catch (error) {
      setMessage(`Not saved: ${faultMessage(error)}`);
    }
  }

  const field = (name: keyof BackupSettings, label: string, hint: string) => (
    <Field label={label} hint={hint} error={errors[name]}>
      <input
        type="number"
        inputMode="numeric"
        value={draft[name]}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
      />
    </Field>
  );

  return (
    <form className="backup-settings" onSubmit={save} aria-labelledby="backup-settings-heading" noValidate>
      <h3 id="backup-settings-heading">Keeping backups</h3>
      <div className="backup-settings-fields">
        {field('keepDaily', 'Daily backups kept', 'The newest backup of each of this many days.')}
        {field('keepWeekly', 'Weekly backups kept', 'The newest backup of each of this many weeks.')}
        {field('everyHours', 'Back up every (hours)', 'While DSH Desk is open.')}
      </div>
      <div className="form-actions">
        <button type="submit" className="button secondary">
          Save backup settings
        </button>
        <span role="status" className="status-line">
          {message}
        </span>
      </div>
    </form>
  );
}
