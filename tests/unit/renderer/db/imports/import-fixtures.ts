/** Importing a CSV text the way the Import page does: read, guess the mapping, check, plan, run. */
import { planImport, type ImportPlan } from '../../../../../renderer/db/imports/plan';
import { runImport, type ImportOutcome } from '../../../../../renderer/db/imports/run';
import type { WriteContext } from '../../../../../renderer/db/write/context';
import { sha256HexOfBytes } from '../../../../../shared/hashing';
import { guessMapping } from '../../../../../shared/import/mapping';
import { readSheetFile } from '../../../../../shared/import/read-file';
import { checkRows } from '../../../../../shared/import/row-forms';
import type { ImportShape } from '../../../../../shared/import/shapes';

/** The preview of importing `csv` as `shape`. */
export async function previewOf(ctx: WriteContext, shape: ImportShape, csv: string): Promise<ImportPlan> {
  const sheet = readSheetFile('file.csv', new TextEncoder().encode(csv));
  return planImport(ctx.db, shape, checkRows(shape, sheet, guessMapping(shape, sheet.headers)));
}

/** Imports `csv` as `shape` from a file called `name`. */
export async function importCsv(
  ctx: WriteContext,
  shape: ImportShape,
  csv: string,
  name = `${shape}.csv`,
): Promise<ImportOutcome & { plan: ImportPlan }> {
  const plan = await previewOf(ctx, shape, csv);
  const outcome = await runImport(ctx, plan, {
    name,
    sha256: sha256HexOfBytes(new TextEncoder().encode(csv)),
  });
  return { ...outcome, plan };
}
