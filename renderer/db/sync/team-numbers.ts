/**
 * Team-wide numbers on a workstation (SYNC.md, "Numbers"). In team mode a new project gets a provisional
 * reference (`DSH-2026-P-7F3K9Q`) at once, offline or not, and this workstation remembers it; each sync round
 * asks the team server for a number for every one of them and confirms it through the normal write path
 * (audited `confirm-reference`, from → to), so the confirmed reference reaches everyone. A certificate is
 * only issued with a number from the server. Solo mode never comes here: it numbers locally as before.
 */
import {
  type Project,
  formatProjectReference,
  isProvisionalReference,
  provisionalProjectReference,
  provisionalReferenceYear,
} from '../../../shared/domain';
import type { AllocateRequest } from '../../../shared/sync/number-counters';
import type { DshDatabase } from '../database';
import { sentence } from '../../../shared/sentence';
import { RefusedError, StaleRecordError } from '../errors';
import { highestKnownNumber, noteIssuedNumber } from '../repositories/counters';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { requireRecord, updateRecord } from '../write/records';
import { isQueuing } from './outbox-middleware';

/** Takes the next team-wide number (the sync transport's `allocate`). */
export type AllocateNumber = (request: AllocateRequest) => Promise<number>;

/** The provisional references this workstation gave and has not yet confirmed (local only). */
export const PROVISIONAL_KEY = 'sync:provisional-references';

/** Where each database in a team takes its numbers (set while its sync engine runs). */
const sources = new Map<string, AllocateNumber>();

/** Sets (or, with null, clears) where database `name` takes team-wide numbers. */
export function setTeamNumberSource(name: string, allocate: AllocateNumber | null): void {
  if (allocate) sources.set(name, allocate);
  else sources.delete(name);
}

/** Where database `name` takes team-wide numbers, or undefined when no sync engine runs for it. */
export function teamNumberSource(name: string): AllocateNumber | undefined {
  return sources.get(name);
}

/** Whether `db` is in a team (its numbers are then team-wide). */
export function inTeam(db: DshDatabase): boolean {
  return isQueuing(db.name);
}

/** The provisional references this workstation gave and has not confirmed (nor numbered locally) yet. */
export async function provisionalList(db: DshDatabase): Promise<string[]> {
  const row = await db.meta.get(PROVISIONAL_KEY);
  try {
    const parsed: unknown = row ? JSON.parse(row.value) : [];
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps `references` as the list of provisional references (in the caller's transaction, with `meta`). */
export async function keepList(db: DshDatabase, references: string[]): Promise<void> {
  if (references.length === 0) await db.meta.delete(PROVISIONAL_KEY);
  else await db.meta.put({ key: PROVISIONAL_KEY, value: JSON.stringify(references) });
}

/**
 * A new provisional reference of `year`, remembered as this workstation's (inside the caller's write
 * transaction, which holds `projects` and `meta`): unused here, and random enough not to meet another's.
 */
export async function takeProvisionalReference(db: DshDatabase, year: number): Promise<string> {
  const random = (bytes: Uint8Array) => crypto.getRandomValues(bytes);
  let reference = provisionalProjectReference(year, random);
  while ((await db.projects.where('reference').equals(reference).count()) > 0)
    reference = provisionalProjectReference(year, random);
  await keepList(db, [...(await provisionalList(db)), reference]);
  return reference;
}

/** Confirms one provisional reference with a number from the server; answers the project as stored. */
export async function confirmReference(
  ctx: WriteContext,
  project: Project,
  allocate: AllocateNumber,
): Promise<Project> {
  const { db } = ctx;
  const provisional = project.reference;
  const year = provisionalReferenceYear(provisional);
  if (year === undefined) return project;
  const number = await allocate({
    series: 'project',
    year,
    above: await highestKnownNumber(db, 'project', year),
  });
  const reference = formatProjectReference(year, number);
  return updateRecord(
    ctx,
    ENTITIES.project,
    project.id,
    project.revision,
    async (current) => {
      await noteIssuedNumber(db, 'project', year, number);
      await keepList(
        db,
        (await provisionalList(db)).filter((item) => item !== provisional),
      );
      return { ...current, reference };
    },
    { action: 'confirm-reference', tables: [db.counters] },
  );
}

/**
 * Confirms every provisional reference this workstation gave (a step of the sync round, after the pull, so
 * the numbers asked for are above every reference pulled). Answers how many were confirmed; a failure to
 * reach the server is thrown (the round reports it) and the rest wait for the next round.
 */
export async function confirmProvisionalReferences(
  ctx: WriteContext | undefined,
  allocate: AllocateNumber,
): Promise<number> {
  if (!ctx) return 0;
  const { db } = ctx;
  let confirmed = 0;
  for (const provisional of await provisionalList(db)) {
    const project = await db.projects.where('reference').equals(provisional).first();
    if (!project || !isProvisionalReference(project.reference)) {
      // Deleted (an enquiry recorded by mistake) or confirmed elsewhere: nothing left to confirm.
      await db.transaction('rw', db.meta, async () =>
        keepList(
          db,
          (await provisionalList(db)).filter((item) => item !== provisional),
        ),
      );
      continue;
    }
    try {
      await confirmReference(ctx, project, allocate);
      confirmed += 1;
    } catch (error) {
      // Edited here at that very moment: the next round confirms it (the number taken stays unused).
      if (!(error instanceof StaleRecordError)) throw error;
    }
  }
  return confirmed;
}

/** Why a certificate was not issued in a team: the server is needed, and what stopped it. */
function needsServer(why: string): RefusedError {
  return new RefusedError(
    [`Issuing a certificate needs the team server: ${why} Try again when connected.`],
    'The certificate was not issued.',
  );
}

/**
 * The team-wide number for the certificate of `projectId` in `year` (confirming the project's reference
 * first if it is still provisional: a certificate prints a confirmed one). RefusedError when the server
 * cannot give one; nothing is written then except, possibly, the project's confirmed reference.
 */
export async function teamCertificateNumber(
  ctx: WriteContext,
  projectId: string,
  year: number,
): Promise<number> {
  const { db } = ctx;
  const allocate = teamNumberSource(db.name);
  if (!allocate) throw needsServer('this workstation is not connected to it yet.');
  try {
    const project = await requireRecord(db, ENTITIES.project, projectId);
    if (isProvisionalReference(project.reference)) await confirmReference(ctx, project, allocate);
    return await allocate({
      series: 'certificate',
      year,
      above: await highestKnownNumber(db, 'certificate', year),
    });
  } catch (error) {
    if (error instanceof RefusedError || error instanceof StaleRecordError) throw error;
    throw needsServer(sentence(error instanceof Error ? error.message : String(error)));
  }
}
