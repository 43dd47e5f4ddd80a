/**
 * The import figures: generated people and training CSV files brought in exactly as the Import page does it
 * (renderer/features/import: the file read and its columns guessed by readChosenFile, the mapping checked,
 * every row checked and planned for the preview, then runImport's one transaction with an audit event per
 * record and one for the file), into an empty scratch database of the app's schema, so the loaded data set
 * and the other figures are never touched. The mapping is not remembered (rememberMapping would write to the
 * origin's local storage, which the app's page shares).
 *
 * The floor: after each file, every row the import added to any store (the records, their audit events and
 * the import's own event, and what the app derives from them) put with raw IndexedDB into an empty copy of the
 * same stores and indexes, in one strict transaction as the import's. Heap: the peak above the heap after a
 * full GC, the generated file already in memory (as the chosen File is).
 */
import { DshDatabase } from '../../renderer/db/database';
import { planImport } from '../../renderer/db/imports/plan';
import { runImport } from '../../renderer/db/imports/run';
import { openDatabase } from '../../renderer/db/open-database';
import { readChosenFile } from '../../renderer/features/import/import-session';
import { mappingProblems } from '../../shared/import/mapping';
import { checkRows } from '../../shared/import/row-forms';
import type { ImportShape } from '../../shared/import/shapes';
import type { ImportRun } from '../bench-api';
import { watched } from './app-backup';
import { createLike } from './backup';
import { deleteRaw, done } from './raw-idb';
import { peopleCsv, trainingCsvs } from './import-csv';

const SCRATCH = 'dsh-desk-bench-spreadsheet';
const FLOOR = 'dsh-desk-bench-spreadsheet-floor';

/** Every row of `db` not in `seen` (by store and key), which is then updated. */
async function addedRows(db: IDBDatabase, seen: Map<string, Set<string>>): Promise<Map<string, unknown[]>> {
  const added = new Map<string, unknown[]>();
  for (const store of [...db.objectStoreNames]) {
    const tx = db.transaction(store, 'readonly');
    const [keys, rows] = await Promise.all([
      done(tx.objectStore(store).getAllKeys()),
      done(tx.objectStore(store).getAll()),
    ]);
    const known = seen.get(store) ?? new Set<string>();
    seen.set(store, known);
    const fresh = rows.filter((_, i) => {
      const key = JSON.stringify(keys[i]);
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    if (fresh.length) added.set(store, fresh);
  }
  return added;
}

/** Puts the rows into `copy` in one strict transaction; resolves to the ms it took and the rows put. */
async function rawWrite(
  copy: IDBDatabase,
  rows: Map<string, unknown[]>,
): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  const tx = copy.transaction([...rows.keys()], 'readwrite', { durability: 'strict' });
  let count = 0;
  for (const [store, list] of rows) {
    const target = tx.objectStore(store);
    for (const row of list) target.put(row);
    count += list.length;
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  return { ms: performance.now() - t0, rows: count };
}

/** Imports `people` generated people, then `perPerson` training records of each; one report per shape. */
export async function importBench(people: number, perPerson: number): Promise<ImportRun[]> {
  await dropImport();
  const db = await openDatabase(new DshDatabase(SCRATCH));
  const ctx = {
    db,
    actor: { staffId: '00000000-0000-0000-0000-000000000000', staffName: 'Bench', osUser: 'bench' },
  };
  const copy = await createLike(db.backendDB(), FLOOR);
  const seen = new Map<string, Set<string>>();
  await addedRows(db.backendDB(), seen); // what opening the database wrote is not the import's
  const shapes: [ImportShape, string[]][] = [
    ['people', [peopleCsv(people)]],
    ['training', trainingCsvs(people, perPerson)],
  ];
  const runs: ImportRun[] = [];
  try {
    for (const [shape, texts] of shapes) {
      const run: ImportRun = {
        shape,
        ...{ files: 0, rows: 0, bytes: 0, readMs: 0, previewMs: 0, importMs: 0 },
        ...{ floorMs: 0, floorRows: 0, heapPeakMB: 0, progressCalls: 0 },
      };
      for (const [index, text] of texts.entries()) {
        const name = `bench ${shape} ${index + 1}.csv`;
        const file = new File([text], name, { type: 'text/csv' });
        const { result, heapPeakMB } = await watched(async (tick) => {
          const t0 = performance.now();
          const read = await readChosenFile(shape, file);
          const problems = mappingProblems(shape, read.file.sheet.headers, read.mapping);
          if (problems.length) throw new Error(`The guessed mapping has problems: ${problems.join(' ')}`);
          const t1 = performance.now();
          tick();
          const plan = await planImport(db, shape, checkRows(shape, read.file.sheet, read.mapping));
          const t2 = performance.now();
          tick();
          const outcome = await runImport(ctx, plan, read.file, () => {
            run.progressCalls += 1;
            tick();
          });
          const rows = read.file.sheet.rows.length;
          if (outcome.created !== rows)
            throw new Error(
              `${name}: ${outcome.created} of ${rows} rows imported, ${outcome.refused} refused.`,
            );
          return { rows, read: t1 - t0, preview: t2 - t1, import: performance.now() - t2 };
        });
        const floor = await rawWrite(copy, await addedRows(db.backendDB(), seen));
        run.files += 1;
        run.rows += result.rows;
        run.bytes += file.size;
        run.readMs += result.read;
        run.previewMs += result.preview;
        run.importMs += result.import;
        run.floorMs += floor.ms;
        run.floorRows += floor.rows;
        run.heapPeakMB = Math.max(run.heapPeakMB, heapPeakMB);
      }
      runs.push(run);
    }
    return runs;
  } finally {
    db.close();
    copy.close();
    await dropImport();
  }
}

/** Removes the import figures' databases. */
export async function dropImport(): Promise<void> {
  await deleteRaw(SCRATCH);
  await deleteRaw(FLOOR);
}
