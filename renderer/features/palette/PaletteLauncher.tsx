/**
 * Opens the command palette: the header's button, and Ctrl+K (⌘K on a Mac) from anywhere in the app.
 * Choosing a page goes there; "Back up now" runs the backup from here, its outcome in a status line beside
 * the button (the palette has closed by then).
 */
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useBackupActions } from '../backups/use-backup-actions';
import { CommandPalette } from './CommandPalette';
import type { PaletteEntry } from './palette-commands';

/** True for Ctrl+K, or ⌘K (the Mac's way). */
export function isPaletteShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) {
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** The header's palette button, the shortcut, and the palette while it is open. */
export function PaletteLauncher() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const backups = useBackupActions();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function choose(entry: PaletteEntry) {
    setOpen(false);
    if (entry.run.type === 'go') void navigate(entry.run.to);
    else void backups.backUpNow();
  }

  const { status } = backups;
  const message =
    status.kind === 'busy'
      ? status.label
      : status.kind === 'done' || status.kind === 'failed'
        ? status.message
        : '';
  return (
    <>
      <button
        type="button"
        className="topbar-button palette-button"
        aria-keyshortcuts="Control+K"
        onClick={() => setOpen(true)}
      >
        Go to or do… <kbd>Ctrl K</kbd>
      </button>
      <span role="status" className={`palette-outcome${status.kind === 'failed' ? ' is-failed' : ''}`}>
        {message}
      </span>
      {open && <CommandPalette onChoose={choose} onClose={() => setOpen(false)} />}
    </>
  );
}
