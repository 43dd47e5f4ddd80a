/**
 * What the register's search looks in, folded once and kept in memory: for each project its reference,
 * title, enquiry contact and organisation, and its lead researcher's name and organisation. Typing a search
 * then filters ten thousand short strings (a few milliseconds) instead of reading every project again on
 * every keystroke. The texts are dropped after any committed write to projects or people, in this window or
 * another (Dexie's `storagemutated` event), and read again on the next search.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { Person } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { touches } from '../storage-mutations';

/** One project's searchable text, folded with `fold`. */
export interface ProjectSearchText {
  id: string;
  text: string;
}

interface Kept {
  /** The projects' count and latest change when the texts were read: a cheap check that they still hold. */
  stamp: string;
  texts: Promise<ProjectSearchText[]>;
}

const kept = new WeakMap<DshDatabase, Kept>();
const watching = new WeakSet<DshDatabase>();

/** The search texts of every project of `db`, read once until projects or people change. */
export async function projectSearchTexts(
  db: DshDatabase,
  fold: (text: string) => string,
): Promise<ProjectSearchText[]> {
  if (!watching.has(db)) {
    watching.add(db);
    Dexie.on('storagemutated', (parts: ObservabilitySet) => {
      if (touches(db, [db.projects, db.people], parts)) kept.delete(db);
    });
  }
  // Index look-ups only; they also catch a write whose event has not reached this window yet.
  const [count, latest] = await Promise.all([
    db.projects.count(),
    db.projects.orderBy('updatedAt').lastKey(),
  ]);
  const stamp = `${count}|${String(latest)}`;
  const known = kept.get(db);
  if (known && known.stamp === stamp) return known.texts;
  const texts = readTexts(db, fold);
  kept.set(db, { stamp, texts });
  // A failed read is not kept: the next search tries again.
  texts.catch(() => kept.delete(db));
  return texts;
}

async function readTexts(db: DshDatabase, fold: (text: string) => string): Promise<ProjectSearchText[]> {
  // Outside the caller's transaction: the texts outlive the query that asked for them first.
  return Dexie.ignoreTransaction(async () => {
    const projects = await db.projects.toArray();
    const leadIds = [...new Set(projects.flatMap((project) => project.onboarding.leadResearcherId ?? []))];
    const leads = new Map(
      (await db.people.bulkGet(leadIds))
        .filter((person): person is Person => person !== undefined)
        .map((person) => [person.id, `${person.name}\n${person.organisation}`]),
    );
    return projects.map((project) => {
      const { contact } = project.enquiry;
      const lead = project.onboarding.leadResearcherId;
      const parts = [project.reference, project.title, contact.name, contact.organisation];
      if (lead && leads.has(lead)) parts.push(leads.get(lead)!);
      return { id: project.id, text: fold(parts.join('\n')) };
    });
  });
}
