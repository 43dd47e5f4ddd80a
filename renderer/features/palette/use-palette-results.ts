/**
 * The palette's list for what is typed: matching commands at once, then the projects and people found
 * (read after the keystroke, an answer to an older text never replacing a newer one).
 */
import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-context';
import { matchingCommands, type PaletteEntry } from './palette-commands';
import { searchRecords } from './palette-search';

/** The entries for `typed`, and whether the record search is still running. */
export function usePaletteResults(typed: string): { entries: PaletteEntry[]; searching: boolean } {
  const { db } = useApp();
  const [found, setFound] = useState<{ typed: string; entries: PaletteEntry[] }>({ typed: '', entries: [] });
  useEffect(() => {
    let current = true;
    if (!typed.trim()) return;
    void searchRecords(db, typed).then(
      (entries) => current && setFound({ typed, entries }),
      // A failed search lists no records; the commands still show.
      () => current && setFound({ typed, entries: [] }),
    );
    return () => {
      current = false;
    };
  }, [db, typed]);
  const commands = matchingCommands(typed);
  const records = typed.trim() && found.typed === typed ? found.entries : [];
  return { entries: [...records, ...commands], searching: typed.trim() !== '' && found.typed !== typed };
}
