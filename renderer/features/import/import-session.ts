/**
 * The state of one import on the Import page, step by step: the file read as a sheet, the mapping the
 * officer confirms (remembered in this computer's local storage for the next file), the preview, the outcome.
 */
import { sha256HexOfBytes } from '../../../shared/hashing';
import { guessMapping, type ColumnMapping, type SavedMapping } from '../../../shared/import/mapping';
import { readSheetFile } from '../../../shared/import/read-file';
import type { ImportShape } from '../../../shared/import/shapes';
import type { Sheet } from '../../../shared/import/sheet';
import type { ImportPlan } from '../../db/imports/plan';
import type { ImportOutcome } from '../../db/imports/run';

/** A file read for import: its name, fingerprint and sheet. */
export interface ChosenFile {
  name: string;
  sha256: string;
  sheet: Sheet;
}

/** Where the officer is in the import. */
export type ImportStep =
  | { step: 'choose' }
  | { step: 'map'; shape: ImportShape; file: ChosenFile; mapping: ColumnMapping }
  | { step: 'preview'; shape: ImportShape; file: ChosenFile; mapping: ColumnMapping; plan: ImportPlan }
  | { step: 'done'; file: ChosenFile; outcome: ImportOutcome };

const MAPPING_KEY = (shape: ImportShape) => `dsh-desk.import-mapping.${shape}`;

/** The mapping remembered from the last import of this shape (nothing when storage is unavailable or damaged). */
export function savedMapping(shape: ImportShape): SavedMapping {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(MAPPING_KEY(shape)) ?? '{}');
    if (parsed === null || typeof parsed !== 'object') return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** Remembers the mapping for the next import of this shape. */
export function rememberMapping(shape: ImportShape, mapping: SavedMapping): void {
  try {
    localStorage.setItem(MAPPING_KEY(shape), JSON.stringify(mapping));
  } catch {
    // Storage full or disabled: the next import guesses from the headers again, which is only less convenient.
  }
}

/** Reads the chosen file and guesses its mapping; throws a SheetFileError in words when it cannot be read. */
export async function readChosenFile(
  shape: ImportShape,
  file: File,
): Promise<Extract<ImportStep, { step: 'map' }>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sheet = readSheetFile(file.name, bytes);
  const chosen = { name: file.name, sha256: sha256HexOfBytes(bytes), sheet };
  return {
    step: 'map',
    shape,
    file: chosen,
    mapping: guessMapping(shape, sheet.headers, savedMapping(shape)),
  };
}
