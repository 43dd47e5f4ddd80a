/** Why a backup cannot be restored. Nothing has been changed when this is thrown. */

/** A backup that was checked and refused; `message` says why in plain English and that nothing changed. */
export class BackupRefusedError extends Error {
  /** `reason` is one or two sentences; the message adds that the data is unchanged. */
  constructor(readonly reason: string) {
    super(`${reason} Nothing has been changed.`);
    this.name = 'BackupRefusedError';
  }
}
