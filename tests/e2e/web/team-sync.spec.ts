/**
 * Two workstations, one team (SYNC.md): two browser profiles, each with the desktop's real main-process team
 * connection behind the test bridge, each reaching a CouchDB-compatible server (pouchdb-server started here on
 * 127.0.0.1, or COUCHDB_URL) through its own TCP proxy that the test cuts and restores. What one saves the
 * other sees (an evidence file too, which opens there); offline edits are kept and sent later; edits of
 * different fields merge; one field changed on both is listed as a conflict on BOTH, resolved once, and both
 * converge; every audit event of each workstation reaches the other; the server refuses an edit of an audit
 * document. Every wait is bounded.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { type TestCouch, startTestCouch } from '../../helpers/couch-server';
import { OFFICER, clientOf, newTeamDatabase } from '../../helpers/sync-fixtures';
import { type TcpProxy, startTcpProxy } from '../../helpers/tcp-proxy';
import { type TestBridgeRecord, installTestBridge } from '../../helpers/test-bridge';
import { readStores } from './dashboard-demo';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';
import { addPerson, editPersonDetail, personDetails } from './pages/people';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** How long a change may take to reach the other workstation (it syncs every few seconds). */
const SYNC_WAIT = { timeout: 30_000 };

let couch: TestCouch;
let team: string;
const proxies: TcpProxy[] = [];
test.beforeAll(async () => {
  couch = await startTestCouch();
  team = await newTeamDatabase(couch);
});
test.afterAll(async () => {
  for (const proxy of proxies) await proxy.close();
  await couch?.stop();
});

/** A workstation: its own browser profile, data folder, main-process team connection and proxy. */
async function workstation(
  browser: Browser,
): Promise<{ page: Page; proxy: TcpProxy; bridge: TestBridgeRecord }> {
  const proxy = await startTcpProxy(couch.url);
  proxies.push(proxy);
  const context = await browser.newContext();
  const page = await context.newPage();
  const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-team-'));
  const bridge = await installTestBridge(page, { saveDir, dataFolder: saveDir });
  return { page, proxy, bridge };
}

/** Signs in to the team server on Settings → Team (to the team database `database`). */
async function joinTheTeam(page: Page, proxy: TcpProxy, database = team): Promise<void> {
  await openApp(page, '/settings/team');
  const form = page.getByRole('form', { name: 'Sign in to the team server' });
  await form.getByLabel(/Server address/).fill(proxy.url);
  await form.getByLabel(/Database name/).fill(database);
  await form.getByLabel(/Your user name/).fill(OFFICER.name);
  await form.getByLabel(/Password/).fill(OFFICER.password);
  await form.getByRole('button', { name: /Sign in/ }).click();
  await expect(page.getByRole('heading', { name: 'Connected to the team' })).toBeVisible();
  await expect(syncState(page)).toHaveText(/Synced/, SYNC_WAIT);
}

// The header's sync state (the header also has the command palette's own status line).
const syncState = (page: Page) =>
  page.getByRole('banner').getByRole('status').and(page.locator('.sync-status'));
test('two workstations share records, keep working offline, merge, and list a conflict on both', async ({
  browser,
}) => {
  const a = await workstation(browser);
  const b = await workstation(browser);
  await joinTheTeam(a.page, a.proxy);
  await expectNoAxeViolations(a.page);
  await a.page.screenshot({ path: 'test-results/team-settings.png' });

  // A adds a researcher; B joins the team and receives it in its first sync.
  await openApp(a.page, '/people');
  const route = await addPerson(a.page, { name: 'Dr Ada Byron', email: 'ada.byron@example.ac.uk' });
  await expect(syncState(a.page)).toHaveText('Team sync: Synced', SYNC_WAIT);

  await joinTheTeam(b.page, b.proxy);
  await openApp(b.page, route);
  await expect(b.page.getByRole('heading', { level: 1, name: 'Dr Ada Byron' })).toBeVisible();

  // A keeps a certificate as evidence of her training; B lists it and opens the same file once it arrives.
  await a.page.getByRole('button', { name: 'Add DSH environment training' }).click();
  await a.page.getByLabel(/Completion date/).fill('01/12/2026');
  await a.page.getByRole('button', { name: 'Add training' }).click();
  const what = 'DSH environment training completed 01/12/2026';
  await a.page.getByLabel(`Attach a file to ${what}`).setInputFiles({
    name: 'certificate.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]),
  });
  await expect(a.page.getByText('Attached certificate.png.')).toBeVisible();
  const evidenceOnB = b.page.getByRole('list', { name: `Evidence files of ${what}` });
  await expect(evidenceOnB).toContainText('certificate.png', SYNC_WAIT);
  await expect(evidenceOnB).not.toContainText('not yet on this computer', SYNC_WAIT);
  // The record can be listed before B has noted that its file is due (then "not yet…" was never shown):
  // open it until it opens; a file not here yet answers "not yet on this computer" and opens nothing.
  await expect(async () => {
    await evidenceOnB.getByRole('button', { name: 'Open certificate.png' }).click();
    await expect(b.page.getByText('Opened certificate.png.')).toBeVisible({ timeout: 2_000 });
  }).toPass(SYNC_WAIT);
  expect(b.bridge.openedEvidence).toHaveLength(1);
  expect(path.basename(b.bridge.openedEvidence[0]!)).toMatch(/^[0-9a-f]{64}\.png$/);

  // Both go offline and edit: the phone number on both (differently), the department on B only.
  a.proxy.cut();
  b.proxy.cut();
  await openApp(a.page, route);
  await editPersonDetail(a.page, 'Phone number', '0117 496 0000');
  await editPersonDetail(b.page, 'Phone number', '0117 496 1111');
  await editPersonDetail(b.page, 'Department', 'Computing');
  await expect(syncState(a.page)).toHaveText(
    /^Team sync: Offline since \d\d:\d\d — changes are kept here$/,
    SYNC_WAIT,
  );
  await expect(syncState(b.page)).toHaveText(/Offline since/, SYNC_WAIT);

  // Back online: the department merges by itself; the phone number is a conflict, listed on both.
  a.proxy.restore();
  await expect(syncState(a.page)).toHaveText('Team sync: Synced', SYNC_WAIT);
  b.proxy.restore();
  for (const side of [a, b]) {
    await expect(side.page.getByRole('link', { name: '1 conflict' })).toBeVisible(SYNC_WAIT);
    await expect(personDetails(side.page).getByText('Computing')).toBeVisible(SYNC_WAIT);
  }

  // B chooses its own phone number; both workstations end with it, and the conflict leaves both lists.
  await b.page.getByRole('link', { name: '1 conflict' }).click();
  await expect(b.page.getByRole('heading', { level: 1, name: 'Conflicts' })).toBeVisible();
  await b.page.getByRole('button', { name: /Dr Ada Byron/ }).click();
  // The choice is made per field: the option that shows B's number, whichever side it is on.
  await b.page.locator('.conflict-option', { hasText: '0117 496 1111' }).getByRole('radio').check();
  await expectNoAxeViolations(b.page);
  await b.page.screenshot({ path: 'test-results/team-conflicts.png' });
  await b.page.getByRole('button', { name: 'Save my choices' }).click();
  await expect(b.page.getByRole('status').filter({ hasText: /saved/i }).first()).toBeVisible();
  for (const side of [a, b]) {
    await openApp(side.page, route);
    await expect(personDetails(side.page).getByText('0117 496 1111')).toBeVisible(SYNC_WAIT);
    await expect(side.page.getByRole('link', { name: /conflict/ })).toHaveCount(0, SYNC_WAIT);
  }

  // Every audit event of each workstation is on the other (the conflict and its resolution included).
  await expect(syncState(a.page)).toHaveText('Team sync: Synced', SYNC_WAIT);
  await expect(syncState(b.page)).toHaveText('Team sync: Synced', SYNC_WAIT);
  const eventsOf = async (page: Page) => {
    const { auditEvents, peerAuditEvents } = await readStores(page, [
      'auditEvents',
      'peerAuditEvents',
    ] as const);
    return {
      own: auditEvents.map((event) => event.id).sort(),
      peers: peerAuditEvents.map((event) => event.id).sort(),
    };
  };
  const [onA, onB] = [await eventsOf(a.page), await eventsOf(b.page)];
  expect(onA.peers).toEqual(onB.own);
  expect(onB.peers).toEqual(onA.own);

  // Each event written in team mode names the team account signed in.
  const { auditEvents: ofB } = await readStores(b.page, ['auditEvents'] as const);
  const resolution = ofB.find((event) => event.action === 'resolve-conflict') as
    { actor: { account?: string } } | undefined;
  expect(resolution?.actor.account).toBe(OFFICER.name);

  // Restarting both workstations: still in the team and synced, nothing lost, every chain still verifies.
  for (const side of [a, b]) {
    await side.page.reload();
    await openApp(side.page, route);
    await expect(syncState(side.page)).toHaveText('Team sync: Synced', SYNC_WAIT);
    await expect(personDetails(side.page).getByText('0117 496 1111')).toBeVisible();
    await openApp(side.page, '/audit');
    await side.page.getByRole('button', { name: 'Verify the audit log' }).click();
    await expect(
      side.page.getByText(
        /^The audit log is intact: \d+ events checked, and \d+ events of 1 other workstation\. \(checked /,
      ),
    ).toBeVisible();
  }

  // The server refuses to change an audit event, whoever asks.
  const client = clientOf(couch, team);
  const [auditDoc] = (await client.allDocs({ includeDocs: true, startKey: 'audit:', limit: 1 })).filter(
    (row) => row.id.startsWith('audit:'),
  );
  expect(auditDoc).toBeDefined();
  const [refused] = await client.bulkDocs([
    { ...(auditDoc!.doc as object), _id: auditDoc!.id, _rev: auditDoc!.rev, action: 'delete' },
  ]);
  expect(refused).toMatchObject({ status: 'forbidden' });
});

test('projects recorded offline get provisional references, confirmed unique on both once back online', async ({
  browser,
}) => {
  const ownTeam = await newTeamDatabase(couch);
  const a = await workstation(browser);
  const b = await workstation(browser);
  await joinTheTeam(a.page, a.proxy, ownTeam);
  await joinTheTeam(b.page, b.proxy, ownTeam);
  a.proxy.cut();
  b.proxy.cut();

  /** Records an enquiry; answers its page's heading (reference · title). */
  const recordEnquiry = async (page: Page, title: string) => {
    await openApp(page, '/projects');
    await page.getByRole('link', { name: 'New enquiry' }).first().click();
    await page.getByLabel('Working title').fill(title);
    await page.getByLabel('Contact name').fill('Dr Imogen Ashworth');
    await page.getByLabel('Contact e-mail address').fill('imogen@example.ac.uk');
    await page.getByLabel('Organisation').fill('University of Westmoor');
    await page.getByLabel('Department').fill('Population Health');
    await page.getByLabel('Brief description').fill('Linked primary care and pollution records.');
    await page.getByRole('button', { name: 'Save enquiry' }).click();
    return page.getByRole('heading', { level: 1, name: new RegExp(title) });
  };
  const onA = await recordEnquiry(a.page, 'Air quality');
  const onB = await recordEnquiry(b.page, 'Sleep study');
  // Offline, each reads as provisional: no number two workstations could both give.
  await expect(onA).toHaveText(/^DSH-\d{4}-P-[0-9A-Z]{6} · Air quality$/);
  await expect(onB).toHaveText(/^DSH-\d{4}-P-[0-9A-Z]{6} · Sleep study$/);
  await a.page.screenshot({ path: 'test-results/team-provisional-reference.png' });

  a.proxy.restore();
  await expect(onA).toHaveText(/^DSH-\d{4}-\d{3} · Air quality$/, SYNC_WAIT);
  b.proxy.restore();
  await expect(onB).toHaveText(/^DSH-\d{4}-\d{3} · Sleep study$/, SYNC_WAIT);
  const referenceOf = async (heading: typeof onA) => (await heading.textContent())!.split(' · ')[0]!;
  const [first, second] = [await referenceOf(onA), await referenceOf(onB)];
  expect(Number(second.slice(-3))).toBe(Number(first.slice(-3)) + 1);

  // Each workstation lists both projects under their confirmed references.
  for (const side of [a, b]) {
    await expect(syncState(side.page)).toHaveText('Team sync: Synced', SYNC_WAIT);
    const projects = async () => (await readStores(side.page, ['projects'] as const)).projects;
    await expect
      .poll(async () => (await projects()).map((project) => project.reference).sort(), SYNC_WAIT)
      .toEqual([first, second]);
  }
});

test('leaving the team gives projects still provisional this workstation’s next references, and says so', async ({
  browser,
}) => {
  const ownTeam = await newTeamDatabase(couch);
  const a = await workstation(browser);
  await joinTheTeam(a.page, a.proxy, ownTeam);
  a.proxy.cut();
  await openApp(a.page, '/projects');
  await a.page.getByRole('link', { name: 'New enquiry' }).first().click();
  await a.page.getByLabel('Working title').fill('Noise and sleep');
  await a.page.getByLabel('Contact name').fill('Dr Imogen Ashworth');
  await a.page.getByLabel('Contact e-mail address').fill('imogen@example.ac.uk');
  await a.page.getByLabel('Organisation').fill('University of Westmoor');
  await a.page.getByLabel('Department').fill('Population Health');
  await a.page.getByLabel('Brief description').fill('Night-time noise and sleep records.');
  await a.page.getByRole('button', { name: 'Save enquiry' }).click();
  const heading = a.page.getByRole('heading', { level: 1, name: /Noise and sleep/ });
  await expect(heading).toHaveText(/^DSH-\d{4}-P-[0-9A-Z]{6} · Noise and sleep$/);
  const provisional = (await heading.textContent())!.split(' · ')[0]!;
  const route = new URL(a.page.url()).hash.slice(1);

  // Offline still, the officer leaves the team; the question counts the provisional reference.
  await openApp(a.page, '/settings/team');
  await a.page.getByRole('button', { name: 'Leave the team…' }).click();
  await expect(a.page.getByRole('group', { name: /Leave the team\?/ })).toContainText(
    '1 project has a provisional reference (such as DSH-2026-P-7F3K9Z) that the team server has not confirmed.',
  );
  await a.page.getByRole('button', { name: 'Leave the team', exact: true }).click();
  const left = a.page.getByRole('region', { name: 'You left the team' });
  await expect(left).toContainText(new RegExp(`${provisional} is now DSH-\\d{4}-001`));
  await expect(a.page.getByRole('form', { name: 'Sign in to the team server' })).toBeVisible();
  await expect(a.page.getByRole('banner')).not.toContainText('Team sync');
  await expectNoAxeViolations(a.page);
  await a.page.screenshot({ path: 'test-results/team-left.png' });

  // The project reads with its local reference, and its history says why.
  await left.getByRole('link', { name: /DSH-\d{4}-001/ }).click();
  await expect(heading).toHaveText(/^DSH-\d{4}-001 · Noise and sleep$/);
  expect(new URL(a.page.url()).hash.slice(1)).toBe(route);
});
