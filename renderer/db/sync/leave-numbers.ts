/**
 * Leaving a team with projects still numbered provisionally (`DSH-2026-P-7F3K9Z`, team-numbers.ts): no team
 * server will confirm them any more, so each gets this workstation's next reference of its year
 * (`DSH-2026-015`), above every number it knows of (its own and those the team gave), as a solo workstation
 * numbers. Each change is audited `number-locally` (from → to) in the transaction that makes it.
 */
import {
  formatProjectReference,
  isProvisionalReference,
  provisionalReferenceYear,
} from '../../../shared/domain';
import { StaleRecordError } from '../errors';
import { highestKnownNumber, noteIssuedNumber } from '../repositories/counters';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { updateRecord } from '../write/records';
import { keepList, provisionalList } from './team-numbers';

/** A provisional reference and the local one that replaced it. */
export interface LocalNumbering {
  projectId: string;
  from: string;
  to: string;
}

/** How many projects hold a provisional reference (the Leave the team question counts them). */
export async function countProvisionalReferences(ctx: Pick<WriteContext, 'db'>): Promise<number> {
  const references = await ctx.db.projects.orderBy('reference').keys();
  return references.filter((reference) => isProvisionalReference(String(reference))).length;
}

/**
 * Gives every project with a provisional reference (this workstation's, and any another workstation gave
 * that was never confirmed here) the next local reference of its year. Answers what changed, oldest first.
 */
export async function numberProvisionalLocally(ctx: WriteContext): Promise<LocalNumbering[]> {
  const { db } = ctx;
  const references = (await db.projects.orderBy('reference').keys())
    .map(String)
    .filter(isProvisionalReference);
  const numbered: LocalNumbering[] = [];
  for (const from of references) {
    const done = await numberLocally(ctx, from);
    if (done) numbered.push(done);
  }
  return numbered;
}

/** Renumbers the project holding `from` (again if an officer saved it at that very moment, at most 3 times). */
async function numberLocally(ctx: WriteContext, from: string): Promise<LocalNumbering | undefined> {
  const { db } = ctx;
  const year = provisionalReferenceYear(from);
  if (year === undefined) return undefined;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const project = await db.projects.where('reference').equals(from).first();
    if (!project) return undefined;
    let to = from;
    try {
      await updateRecord(
        ctx,
        ENTITIES.project,
        project.id,
        project.revision,
        async (current) => {
          const number = (await highestKnownNumber(db, 'project', year)) + 1;
          await noteIssuedNumber(db, 'project', year, number);
          await keepList(
            db,
            (await provisionalList(db)).filter((item) => item !== from),
          );
          to = formatProjectReference(year, number);
          return { ...current, reference: to };
        },
        { action: 'number-locally', tables: [db.counters, db.meta] },
      );
      return { projectId: project.id, from, to };
    } catch (error) {
      if (!(error instanceof StaleRecordError)) throw error;
    }
  }
  return undefined;
}
