import { addPerson } from '../../../../renderer/db/repositories/people';
import { listPeople, searchPeople } from '../../../../renderer/db/repositories/people-register';
import { freshDb, personForm, type TestDb } from './db-fixtures';

const NAMES = [
  'Prof Piotr Nowak',
  'Dr Anna Nowak',
  'Łukasz Nowak',
  'Prof Ben Brown',
  'Dr Zoë Adams',
  'Mary-Jane van der Berg',
];

async function withPeople(): Promise<TestDb> {
  const t = await freshDb();
  for (const [i, name] of NAMES.entries()) {
    await addPerson(t.ctx, personForm({ name, email: `person${i}@example.ac.uk`, organisation: 'Uni' }));
  }
  return t;
}

const names = (people: { name: string }[]) => people.map((person) => person.name);

describe('searching people', () => {
  it('finds a family name, whatever the title before it', async () => {
    const t = await withPeople();
    const found = await searchPeople(t.db, 'nowak', 50);
    expect(names(found.people)).toEqual(['Dr Anna Nowak', 'Łukasz Nowak', 'Prof Piotr Nowak']);
  });

  it('folds accents and letter case, and needs every word typed', async () => {
    const t = await withPeople();
    expect(names((await searchPeople(t.db, 'LUKASZ', 50)).people)).toEqual(['Łukasz Nowak']);
    expect(names((await searchPeople(t.db, 'zoe', 50)).people)).toEqual(['Dr Zoë Adams']);
    expect(names((await searchPeople(t.db, 'now ann', 50)).people)).toEqual(['Dr Anna Nowak']);
    expect(names((await searchPeople(t.db, 'berg', 50)).people)).toEqual(['Mary-Jane van der Berg']);
    expect((await searchPeople(t.db, 'nowak smith', 50)).people).toEqual([]);
  });

  it('still finds an e-mail address and an organisation', async () => {
    const t = await withPeople();
    expect(names((await searchPeople(t.db, 'person3@', 50)).people)).toEqual(['Prof Ben Brown']);
    expect((await searchPeople(t.db, 'uni', 50)).people).toHaveLength(NAMES.length);
  });
});

describe('the people register', () => {
  it('lists people by family name, titles aside, a page at a time', async () => {
    const t = await withPeople();
    expect(names(await listPeople(t.db, { offset: 0, limit: 4 }))).toEqual([
      'Dr Zoë Adams',
      'Mary-Jane van der Berg',
      'Prof Ben Brown',
      'Dr Anna Nowak',
    ]);
    expect(names(await listPeople(t.db, { offset: 4, limit: 4 }))).toEqual([
      'Łukasz Nowak',
      'Prof Piotr Nowak',
    ]);
  });
});
