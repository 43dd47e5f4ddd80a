/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
/**
 * Importing bookings of the core connection: each row's person, project and session are found, every booking
 * rule is checked (session exists that day, seats, the person ready, blackout days, horizon), rows counting
 * the rows before them; the good rows are booked in one transaction with one event each and one import event
 * with the file's SHA-256; undo removes them; the export of the same shape imports again unchanged.
 */
import { planImport } from '../../../../../renderer/db/imports/plan';
import { runImport } from '../../../../../renderer/db/imports/run';
import { undoImport } from '../../../../../renderer/db/imports/undo';
import { bookingsExport } from '../../../../../renderer/features/import/export-files';
import { detailsOf } from '../../../../../renderer/features/import/preview-words';
import { sha256HexOfBytes } from '../../../../../shared/hashing';
import { guessMapping } from '../../../../../shared/import/mapping';
import { readSheetFile } from '../../../../../shared/import/read-file';
import { checkRows } from '../../../../../shared/import/row-forms';
import { IDS, fixtureId } from '../../../../helpers/domain-fixtures';
import { NOW } from '../db-fixtures';
import { MONDAY_MORNING, bookableWorld } from '../../features/calendar/calendar-world';

const CSV = [
  'E-mail,Project reference,Date,Session',
  'a.smith@example.ac.uk,DSH-2026-014,30/11/2026,Morning',
  'L.Nowak@example.ac.uk,dsh-2026-014,30 Nov 2026,09:00-13:00',
  'a.smith@example.ac.uk,DSH-2026-014,30/11/2026,morning',
  'stranger@example.ac.uk,DSH-2026-014,01/12/2026,Morning',
  'a.smith@example.ac.uk,DSH-2099-001,01/12/2026,Morning',
  'a.smith@example.ac.uk,DSH-2026-014,05/12/2026,Morning',
  'a.smith@example.ac.uk,DSH-2026-014,20/11/2026,Morning',
  'l.nowak@example.ac.uk,DSH-2026-014,01/12/2026,Evening',
  'a.smith@example.ac.uk,DSH-2026-014,02/12/2026,Afternoon',
  'a.smith@example.ac.uk,DSH-2026-014,01/06/2027,Morning',
].join('\n');

type World = Awaited<ReturnType<typeof bookableWorld>>;

async function preview(t: World, csv: string) {
  const sheet = readSheetFile('bookings.csv', new TextEncoder().encode(csv));
  return planImport(
    t.db,
    'bookings',
    checkRows('bookings', sheet, guessMapping('bookings', sheet.headers)),
    NOW,
  );
}

async function withBlackout(t: World) {
  await t.db.blackoutDates.add({
    id: fixtureId(7001),
    revision: 1,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    date: '2026-12-02',
    reason: 'Server maintenance',
  });
}

describe('importing bookings', () => {
  it('previews each row: booked, or refused with the rule in words', async () => {
    const t = await bookableWorld();
    await withBlackout(t);
    const plan = await preview(t, CSV);
    const lines = plan.rows.map((row) => `${row.rowNumber} ${row.action} ${detailsOf(row).join(' ')}`);
    expect(lines[0]).toBe('2 create-booking Dr A Smith on DSH-2026-014: 30/11/2026, Morning (09:00–13:00)');
    expect(lines[1]).toBe('3 create-booking Łukasz Nowak on DSH-2026-014: 30/11/2026, Morning (09:00–13:00)');
    expect(lines[2]).toMatch(/^4 refuse This row: repeats row 2 \(the same booking\)/);
    expect(lines[3]).toMatch(/^5 refuse Column E-mail address, “stranger@example.ac.uk”: is not the e-mail/);
    expect(lines[4]).toMatch(/^6 refuse Column Project reference, “DSH-2099-001”: is not the reference/);
    expect(lines[5]).toMatch(/^7 refuse .*there are no sessions on a Saturday \(05\/12\/2026\)/);
    expect(lines[6]).toMatch(/^8 refuse This row: This session began at 09:00 on 20\/11\/2026/);
    expect(lines[7]).toMatch(
      /^9 refuse Column Session, “Evening”: is not a session on a Tuesday: write one of Morning/,
    );
    expect(lines[8]).toMatch(/^10 refuse This row: .*Server maintenance/);
    expect(lines[9]).toMatch(/^11 refuse This row: .*(ahead|horizon|days)/i);
    expect(await t.db.bookings.count()).toBe(0);
  });

  it('counts the rows before it against the seats: the second person cannot take the last seat', async () => {
    const t = await bookableWorld();
    await t.db.sessionTemplates.update(MONDAY_MORNING, { seats: 1 });
    const plan = await preview(t, CSV.split('\n').slice(0, 3).join('\n'));
    expect(plan.rows.map((row) => row.action)).toEqual(['create-booking', 'refuse']);
    expect(detailsOf(plan.rows[1]!).join(' ')).toMatch(/This session is full/);
  });

  it('refuses a person whose training will have lapsed by the day', async () => {
    const t = await bookableWorld();
    await t.db.trainingRecords.update(fixtureId(621), { expiresOn: '2026-11-28' });
    const plan = await preview(t, CSV.split('\n').slice(0, 3).join('\n'));
    expect(plan.rows.map((row) => row.action)).toEqual(['create-booking', 'refuse']);
    expect(detailsOf(plan.rows[1]!).join(' ')).toMatch(/Łukasz Nowak/);
  });

  it('books the good rows in one go, audited as one import with its SHA-256, and undoes them in one step', async () => {
    const t = await bookableWorld();
    await withBlackout(t);
    const plan = await preview(t, CSV);
    const sha256 = sha256HexOfBytes(new TextEncoder().encode(CSV));
    const outcome = await runImport(t.ctx, plan, { name: 'bookings.csv', sha256 });
    expect(outcome).toMatchObject({ created: 2, refused: 8, unchanged: 0 });
    const booked = await t.db.bookings.toArray();
    expect(booked.map((b) => [b.personId, b.date, b.status]).sort()).toEqual(
      [
        [IDS.lead, '2026-11-30', 'booked'],
        [IDS.analyst, '2026-11-30', 'booked'],
      ].sort(),
    );
    const events = await t.db.auditEvents.toArray();
    expect(events.filter((e) => e.entity === 'booking' && e.action === 'create')).toHaveLength(2);
    expect(events.find((e) => e.action === 'import')?.changes).toMatchObject({
      sha256: { after: sha256 },
      records: { after: 'bookings' },
      created: { after: 2 },
    });

    await undoImport(t.ctx, outcome.importId);
    expect(await t.db.bookings.count()).toBe(0);
  });

  it('refuses the whole import when a seat was taken since the preview, writing nothing', async () => {
    const t = await bookableWorld();
    await t.db.sessionTemplates.update(MONDAY_MORNING, { seats: 1 });
    const plan = await preview(t, CSV.split('\n').slice(0, 2).join('\n'));
    await t.db.bookings.add({
      id: fixtureId(9100),
      revision: 1,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      personId: IDS.analyst,
      projectId: IDS.project,
      date: '2026-11-30',
      sessionId: MONDAY_MORNING,
      status: 'booked',
    });
    await expect(runImport(t.ctx, plan, { name: 'b.csv', sha256: '0'.repeat(64) })).rejects.toThrow(
      /^Nothing was imported: something changed since the preview\. Preview the file again\. Row 2: This session is full/,
    );
    expect(await t.db.bookings.count()).toBe(1);
    expect(await t.db.auditEvents.where('action').equals('import').count()).toBe(0);
  });

  it('exports the standing bookings in the same columns, which import again as already recorded', async () => {
    const t = await bookableWorld();
    const plan = await preview(t, CSV.split('\n').slice(0, 3).join('\n'));
    await runImport(t.ctx, plan, { name: 'bookings.csv', sha256: '0'.repeat(64) });
    const exported = await bookingsExport(t.db, '2026-11-25');
    expect(exported.count).toBe(2);
    const text = new TextDecoder().decode(exported.bytes);
    expect(text.split(/\r?\n/)[0]).toMatch(/E-mail address,Project reference,Date,Session/);
    const again = await preview(t, text);
    expect(again.rows.map((row) => row.action)).toEqual(['unchanged', 'unchanged']);
  });
});
