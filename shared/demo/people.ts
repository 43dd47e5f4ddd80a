/** Demo researchers and their training, with some training expiring soon and some already expired. */
import { addDaysIso, addMonthsIso, type IsoDate } from '../dates';
import type { Person, TrainingRecord } from '../domain';
import { demoRecord } from './catalogue';
import type { DemoRandom } from './random';
import { FAMILY_NAMES, GIVEN_NAMES, ORGANISATIONS, TITLES } from './vocabulary';

/** How a person's NHS DSA training stands on the demo's "today". */
export type DsaState = 'valid' | 'expiring' | 'expired' | 'none';

/** `count` researchers with unique e-mail addresses. */
export function demoPeople(random: DemoRandom, count: number, since: IsoDate): Person[] {
  const people: Person[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const given = random.pick(GIVEN_NAMES);
    const family = random.pick(FAMILY_NAMES);
    const organisation = random.pick(ORGANISATIONS);
    const local = `${given}.${family}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[łŁ]/g, 'l')
      .replace(/[^A-Za-z.]/g, '')
      .toLowerCase();
    let email = `${local}@${organisation.domain}`;
    for (let n = 2; used.has(email); n++) email = `${local}${n}@${organisation.domain}`;
    used.add(email);
    people.push({
      ...demoRecord(random, since),
      name: `${random.pick(TITLES)} ${given} ${family}`,
      email,
      organisation: organisation.name,
      department: random.pick(organisation.departments),
      ...(random.chance(0.3) ? { phone: `+44 1632 ${random.int(100000, 999999)}` } : {}),
    });
  }
  return people;
}

/** DSH environment and NHS DSA Level 1 records for one person, placed so the DSA is in `state` on `today`. */
export function demoTraining(
  random: DemoRandom,
  personId: string,
  state: DsaState,
  today: IsoDate,
  withDshTraining: boolean,
): TrainingRecord[] {
  const records: TrainingRecord[] = [];
  const daysAgo: Record<Exclude<DsaState, 'none'>, [number, number]> = {
    valid: [20, 330],
    expiring: [336, 364],
    expired: [367, 520],
  };
  let earliest = addDaysIso(today, -random.int(40, 300));
  if (state !== 'none') {
    const [min, max] = daysAgo[state];
    const completedOn = addDaysIso(today, -random.int(min, max));
    earliest = completedOn < earliest ? completedOn : earliest;
    records.push({
      ...demoRecord(random, completedOn),
      personId,
      kind: 'nhs-dsa-level-1',
      completedOn,
      expiresOn: addMonthsIso(completedOn, 12),
      evidenceReference: `DSA-${random.int(100000, 999999)}`,
    });
  }
  if (withDshTraining) {
    const completedOn = addDaysIso(earliest, random.int(0, 10));
    records.push({
      ...demoRecord(random, completedOn > today ? today : completedOn),
      personId,
      kind: 'dsh-environment',
      completedOn: completedOn > today ? today : completedOn,
      evidenceReference: `DSH-TRN-${random.int(1000, 9999)}`,
    });
  }
  return records;
}
