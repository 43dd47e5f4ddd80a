/**
 * dexie-export-import (~160 KB) on first use. Only making a whole backup, checking one and restoring one need
 * it; imported statically, it sat in the entry chunk that every start of the app downloads and compiles (the
 * palette's "Back up now" and the automatic backups reach this folder from the first screen).
 */
import type * as DexieExportImport from 'dexie-export-import';

type ExportImportLibrary = typeof DexieExportImport;

let loading: Promise<ExportImportLibrary> | undefined;

/** The library, fetched once (its own chunk in the build); a failed fetch is tried again next time. */
export function exportImportLibrary(): Promise<ExportImportLibrary> {
  loading ??= import('dexie-export-import').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
