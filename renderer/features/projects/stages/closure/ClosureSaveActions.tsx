/**
 * The foot of a closure section's form: its save button (off while saving) and the "Saved." note a screen
 * reader hears. One place for the four sections that record a part of the closure.
 */
export function ClosureSaveActions({
  label,
  saving,
  saved,
}: {
  /** The button's words, e.g. "Save extracts". */
  label: string;
  saving: boolean;
  saved: boolean;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={saving}>
        {label}
      </button>
      <span role="status" className="saved-note">
        {saved ? 'Saved.' : ''}
      </span>
    </div>
  );
}
