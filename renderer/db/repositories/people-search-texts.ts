/**
 * What the people register searches and sorts by, kept in memory (kept-reads.ts): every person's folded
 * words (name, e-mail address, organisation) and the ids in family-name order, titles aside. The name index
 * orders by the whole name ("Dr …" before every "Prof …") and finds only its start, so neither can serve
 * "nowak" or the order by family name.
 */
import { familyNameKey, searchWords, type Person } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { keptRead, tableStamp } from '../kept-reads';

/** One person's searchable words. */
export interface PersonWords {
  id: string;
  words: string[];
}

/** The people of `db` in family-name order, with their words. */
export interface PeopleIndex {
  ordered: PersonWords[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The people index of `db`, read once until people change. */
export function peopleIndex(db: DshDatabase): Promise<PeopleIndex> {
  return keptRead(db, {
    name: 'people-index',
    tables: (d) => [d.people],
    stamp: (d) => tableStamp(d.people),
    read: async (d) => {
      const keyed = (await d.people.toArray()).map((person) => ({
        key: familyNameKey(person.name),
        name: person.name,
        entry: { id: person.id, words: wordsOf(person) },
      }));
      keyed.sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.name, b.name));
      return { ordered: keyed.map((item) => item.entry) };
    },
  });
}

function wordsOf(person: Person): string[] {
  const email = person.email.toLowerCase();
  return [...searchWords(`${person.name} ${person.organisation}`), email];
}
