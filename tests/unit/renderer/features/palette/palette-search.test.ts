/**
 * What the command palette finds: pages and actions by the start of any of their words, projects by
 * reference or title and people by name (through the registers' own searches), projects first.
 */
import { generateDemoData } from '../../../../../shared/demo';
import { loadDataSet } from '../../../../../renderer/db/data-set-loader';
import { matchingCommands } from '../../../../../renderer/features/palette/palette-commands';
import { RECORDS_SHOWN, searchRecords } from '../../../../../renderer/features/palette/palette-search';
import { freshDb, type TestDb } from '../../db/db-fixtures';

const demo = generateDemoData({ today: '2026-11-25' });
let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  await loadDataSet(t.ctx, demo);
});
afterAll(() => t.db.close());

describe('matchingCommands', () => {
  it('lists every action and page when nothing is typed, actions first', () => {
    const all = matchingCommands('');
    expect(all[0]).toMatchObject({ label: 'New enquiry', kind: 'Action' });
    expect(all.map((entry) => entry.label)).toEqual(
      expect.arrayContaining([
        'Back up now',
        'Dashboard',
        'Settings',
        'Monday briefing',
        'Help and keyboard shortcuts',
      ]),
    );
  });

  it('finds by the start of every word typed, keywords included', () => {
    expect(matchingCommands('new').map((entry) => entry.label)).toEqual(['New enquiry', 'New booking']);
    expect(matchingCommands('book sess').map((entry) => entry.label)).toEqual([
      'New booking',
      'Booking settings',
    ]);
    expect(matchingCommands('back up')).toEqual([
      expect.objectContaining({ label: 'Back up now', run: { type: 'back-up' } }),
    ]);
    expect(matchingCommands('zzqx')).toEqual([]);
  });
});

describe('searchRecords', () => {
  it('finds a project by its reference and opens its page', async () => {
    const project = demo.projects[7]!;
    const entries = await searchRecords(t.db, project.reference.toLowerCase());
    expect(entries[0]).toEqual(
      expect.objectContaining({ kind: 'Project', run: { type: 'go', to: `/projects/${project.id}` } }),
    );
  });

  it('finds people by name, accents folded, at most a few of each kind', async () => {
    const person = demo.people.find((p) => /[ÓóŁłéú]/.test(p.name))!;
    const folded = person.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L');
    const entries = await searchRecords(t.db, folded);
    expect(entries.filter((entry) => entry.kind === 'Person').map((entry) => entry.label)).toContain(
      person.name,
    );
    const many = await searchRecords(t.db, 'dr');
    expect(many.filter((entry) => entry.kind === 'Person').length).toBeLessThanOrEqual(RECORDS_SHOWN);
    expect(many.filter((entry) => entry.kind === 'Project').length).toBeLessThanOrEqual(RECORDS_SHOWN);
  });
});
