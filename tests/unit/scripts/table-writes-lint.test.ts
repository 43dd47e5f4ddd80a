// `npm run lint` refuses a write to a table outside renderer/db/: writes go through a repository (validated,
// audited, seen by the sync outbox), so a screen cannot change records behind the audit log's back.
import { lintAs } from '../../helpers/run-eslint';

jest.setTimeout(60_000);

const WRITES = [
  "  await db.meta.put({ key: 'currentStaffId', value: 'x' });",
  "  await ctx.db.projects.update('p', { title: 'T' });",
  '  await this.db.people.bulkPut([]);',
  "  await db.people.where('name').equals('x').modify({ name: 'y' });",
  "  await db.table('people').delete('x');",
  "  await ctx.db.bookings.where('date').below('2026-01-01').delete();",
  '  await db.auditEvents.clear();',
];

const NOT_WRITES = [
  "  await db.meta.get('currentStaffId');",
  "  await db.people.where('name').equals('x').toArray();",
  "  names.delete('a');",
  "  new URLSearchParams('a=1').delete('a');",
  "  settings.db.delete('x');",
];

/** A method whose body is `lines`, in a class so that `this.db` is allowed by TypeScript's parser. */
const sample = (lines: readonly string[]): string =>
  [
    'export class Sample {',
    '  async run(db: any, ctx: any, names: Set<string>, settings: any) {',
    ...lines,
    '  }',
    '}',
    '',
  ].join('\n');

/** The lines (1 = the first of `lines`) where `no-restricted-syntax` reports, for `lines` in the file `file`. */
function refused(file: string, lines: readonly string[]): number[] {
  return lintAs(file, sample(lines))
    .filter((problem) => problem.rule === 'no-restricted-syntax')
    .map((problem) => problem.line - 2);
}

describe('lint and writes to tables', () => {
  it('refuses every kind of table write in a screen, and nothing else', () => {
    expect(refused('renderer/features/staff/Sample.tsx', [...WRITES, ...NOT_WRITES])).toEqual(
      WRITES.map((_, index) => index + 1),
    );
  });

  it('lets renderer/db/ write', () => {
    expect(refused('renderer/db/repositories/sample.ts', WRITES)).toEqual([]);
  });
});
