/** Zod schemas for every payload that crosses the bridge. Main parses with these before any handler runs. */
import { z } from 'zod';

/** The kinds of file the app writes; each maps to an extension and a save-dialog filter. */
export const FILE_KINDS = {
  pdf: { extension: 'pdf', label: 'PDF document' },
  csv: { extension: 'csv', label: 'CSV spreadsheet' },
  ics: { extension: 'ics', label: 'Calendar file' },
  json: { extension: 'json', label: 'DSH Desk backup' },
  zip: { extension: 'zip', label: 'ZIP archive' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** The largest file the renderer may ask main to write (a full backup of the benchmark data set fits). */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export const NoPayloadSchema = z.undefined();

export const AppInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  osUserName: z.string(),
  dataFolder: z.string(),
  isElectron: z.boolean(),
  /** What checks spelling (the desktop app never downloads dictionaries); absent in the browser. */
  spelling: z.string().optional(),
  /** How backups are sealed here, in words: with a protected key, an unprotected one, or (browser) not at all. */
  backupSeal: z.string(),
});
/** What the app knows about itself and where it keeps its data. */
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const SaveFileRequestSchema = z.strictObject({
  suggestedName: z
    .string()
    .trim()
    .min(1, 'A file name is needed.')
    .max(255, 'File names are at most 255 characters.'),
  kind: z.enum(Object.keys(FILE_KINDS) as [FileKind, ...FileKind[]]),
  bytes: z
    .instanceof(Uint8Array, { message: 'The file contents must be bytes.' })
    .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'The file is too large to save.'),
});
/** A request to save bytes to a file the user chooses. */
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

export const SaveFileResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), path: z.string() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
/** Where the file went, or that the user cancelled the dialog. */
export type SaveFileResult = z.infer<typeof SaveFileResultSchema>;

export const ShowInFolderRequestSchema = z.strictObject({
  path: z.string().min(1).max(4096),
});
/** Reveal a file the app saved in the system file manager. */
export type ShowInFolderRequest = z.infer<typeof ShowInFolderRequestSchema>;

export const OpenExternalRequestSchema = z.strictObject({
  url: z.string().min(1).max(8192),
});
/** Open a link outside the app (only `mailto:` is ever allowed). */
export type OpenExternalRequest = z.infer<typeof OpenExternalRequestSchema>;

/** The most of the main-process log that crosses the bridge (the log itself is capped near this size). */
export const MAX_MAIN_LOG_CHARACTERS = 1024 * 1024;

export const MainLogSchema = z.strictObject({ text: z.string().max(MAX_MAIN_LOG_CHARACTERS) });
/** The desktop app's recent main-process log, for "Save diagnostics…"; empty in the browser. */
export type MainLog = z.infer<typeof MainLogSchema>;

export const OkSchema = z.strictObject({ ok: z.literal(true) });
/** The forms of the window with unsaved changes: their names, and how many the page does not name. */
export const UnsavedFormsSchema = z.strictObject({
  labels: z.array(z.string().trim().min(1).max(200)).max(50),
  unnamed: z.number().int().min(0).max(50),
});
/** What main says in "Leave without saving?" when the window is closed. */
export type UnsavedForms = z.infer<typeof UnsavedFormsSchema>;

/** A plain acknowledgement. */
export type Ok = z.infer<typeof OkSchema>;
