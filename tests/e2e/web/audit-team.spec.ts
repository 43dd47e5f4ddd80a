/**
 * The Audit page of a team: this workstation's events and another workstation's (as team sync stores them)
 * in one timeline, filtered by project and by person, every chain verified.
 */
import type { Page } from '@playwright/test';
import { GENESIS_HASH, hashOfEvent } from '../../../shared/audit/chain';
import type { AuditEvent } from '../../../shared/domain';
import { aMembership, aPerson, aProject, aStaffMember, fixtureId } from '../../helpers/domain-fixtures';
import { expect, expectNoAxeViolations, openApp, test, waitForAppReady } from './fixtures';

const PEER = 'b7c41d2e-5a0f-4c3b-9e21-6f1d2a3b4c5d';
// The name chosen on that workstation is not what names Kit: the team account is.
const PEER_ACTOR = { staffId: fixtureId(777), staffName: 'Chosen Name', osUser: 'kit', account: 'kit.peer' };
const person = aPerson({ id: fixtureId(101), name: 'Dr Ada Byron', email: 'ada.byron@example.ac.uk' });
const project = aProject({ id: fixtureId(1), reference: 'DSH-2026-047', stage: 'enquiry' });
// Kit's staff record (synced from the team) knows the account Kit signs in to the team server with.
const kit = aStaffMember({
  id: PEER_ACTOR.staffId,
  name: 'Kit Peer',
  email: 'kit@dsh.example.ac.uk',
  teamAccount: 'kit.peer',
});
const membership = aMembership({ id: fixtureId(501), projectId: project.id, personId: person.id });
/** A third workstation, found with its clock three hours ahead. */
const clockAhead = {
  device: '9d8e7f6a-1b2c-4d3e-8f40-5a6b7c8d9e0f',
  aheadMs: 3 * 3_600_000,
  at: '2026-12-06T17:00:00.000Z',
  lastUser: 'Chosen Name',
};

/** What an event of another workstation's chain may add: its clock and what it had seen. */
type Stamp = Pick<AuditEvent, 'hlc' | 'seen'>;

/** Another workstation's chain of events, `minutesAgo` before now by its clock, as it wrote them. */
function peerChain(
  plan: Array<[number, AuditEvent['entity'], string, string, Stamp?]>,
  device = PEER,
): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (const [minutesAgo, entity, entityId, action, stamp] of plan) {
    const previous = events.at(-1);
    const content = {
      ...stamp,
      id: crypto.randomUUID(),
      seq: (previous?.seq ?? 0) + 1,
      device,
      at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
      actor: PEER_ACTOR,
      entity,
      entityId,
      action,
      changes: {},
      prevHash: previous?.hash ?? GENESIS_HASH,
    };
    events.push({ ...content, hash: hashOfEvent(content) });
  }
  return events;
}

/** Writes rows straight into IndexedDB, as sync would have left them, then reloads the app. */
async function seed(page: Page, rows: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (stores) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dsh-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(stores), 'readwrite');
          for (const [name, values] of Object.entries(stores))
            for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
  await page.reload();
  await waitForAppReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
}

const matchLine = (page: Page) => page.getByRole('status').filter({ hasText: 'match' });

test('the Audit page shows every workstation’s events in one timeline, filtered by project and person', async ({
  page,
}) => {
  // Two axe runs, a reload and six filters: slow when the machine is shared.
  test.setTimeout(150_000);
  await openApp(page, '/audit');
  await seed(page, {
    staffMembers: [kit],
    people: [person],
    projects: [project],
    memberships: [membership],
    peerAuditEvents: peerChain([
      [50, 'staff-member', kit.id, 'create'],
      [40, 'person', person.id, 'create'],
      [30, 'project', project.id, 'create'],
      [20, 'membership', membership.id, 'create'],
      [10, 'project', project.id, 'advance'],
    ]),
    // As sync leaves it when a workstation's events arrive timed hours ahead (renderer/db/audit/clock-ahead.ts).
    meta: [{ key: 'sync:clockAhead', value: JSON.stringify([clockAhead]) }],
  });

  // The workstation whose clock is far ahead is named, so someone sets it right.
  await expect(page.getByRole('note', { name: 'Workstation clocks ahead' })).toContainText(
    'The clock of workstation 9d8e7f6a (last used by Chosen Name) is about 3 hours ahead of this workstation’s',
  );

  // One list: the other workstation's five events and this one's, newest first, each saying where from.
  await expect(matchLine(page)).toHaveText('6 events match.');
  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(1)).toContainText('This workstation');
  await expect(rows.nth(1)).toContainText('Created staff member Tess Officer.');
  await expect(rows.nth(2)).toContainText('Workstation b7c41d2e');
  await expect(rows.nth(2).getByRole('cell').nth(2)).toHaveText('Kit Peer (account kit.peer)');
  await expect(rows.nth(5)).toContainText('Dr Ada Byron');
  await expect(rows.nth(6)).toContainText('Created staff member Kit Peer.');

  await page.getByRole('button', { name: 'Verify the audit log' }).click();
  await expect(
    page.getByText('The audit log is intact: 1 event checked, and 5 events of 1 other workstation.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/audit-team.png', fullPage: true });

  // Events about one project: the project's own and its membership's, from every workstation.
  await page.getByLabel('About the project').fill('DSH-2026-047');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(matchLine(page)).toHaveText('3 events about DSH-2026-047 match.');
  await expect(rows).toHaveCount(4);
  // The filter is in the page's address: a reload keeps it.
  expect(page.url()).toContain(`project=${project.id}`);
  await page.reload();
  await waitForAppReady(page);
  await expect(matchLine(page)).toHaveText('3 events about DSH-2026-047 match.');
  await expect(page.getByLabel('About the project')).toHaveValue('DSH-2026-047');

  // An unknown reference says so and keeps the filter as it was.
  await page.getByLabel('About the project').fill('DSH-2026-999');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No project has the reference “DSH-2026-999”.')).toBeVisible();
  await expect(matchLine(page)).toHaveText('3 events about DSH-2026-047 match.');

  // Events about one person, picked as anywhere else; then that person on that project.
  await page.getByLabel('About the project').fill('');
  await page.getByLabel('Find a person').fill('byron');
  await page.getByRole('radio', { name: /Dr Ada Byron/ }).check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(matchLine(page)).toHaveText('2 events about Dr Ada Byron match.');
  await page.getByLabel('About the project').fill('DSH-2026-047');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(matchLine(page)).toHaveText('1 event about Dr Ada Byron on DSH-2026-047 match.');
  await expect(rows.nth(1)).toContainText('Workstation b7c41d2e');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/audit-team-filtered.png', fullPage: true });

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(matchLine(page)).toHaveText('6 events match.');
});

test('a changed event of another workstation is named by workstation and event', async ({ page }) => {
  await openApp(page, '/audit');
  const chain = peerChain([
    [40, 'staff-member', kit.id, 'create'],
    [30, 'person', person.id, 'create'],
    [20, 'person', person.id, 'update'],
    [10, 'person', person.id, 'update'],
  ]);
  await seed(page, {
    staffMembers: [kit],
    people: [person],
    peerAuditEvents: [chain[0], chain[1], { ...chain[2], reason: 'Changed' }, chain[3]],
  });
  await page.getByRole('button', { name: 'Verify the audit log' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'tampered' })).toContainText(
    'The audit log has been tampered with: in the log of workstation b7c41d2e (last used by Kit Peer), ' +
      'event 3 was changed after it was written. This workstation’s own 1 event is intact.',
  );
});

test('a workstation whose clock is slow is listed after what it had seen; a deleted tail is named', async ({
  page,
}) => {
  // An axe run and a full-page screenshot: slow when the machine is shared.
  test.setTimeout(90_000);
  await openApp(page, '/audit');
  // This workstation's first event (its staff member), written at start: its device and clock.
  const own = await page.evaluate(
    () =>
      new Promise<Pick<AuditEvent, 'device' | 'hlc'>>((resolve, reject) => {
        const open = indexedDB.open('dsh-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('auditEvents').objectStore('auditEvents').get(1);
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result as AuditEvent);
          };
        };
      }),
  );
  const THIRD = 'c0ffee00-1111-4222-8333-444455556666';
  const third = peerChain(
    [
      [150, 'person', person.id, 'create'],
      [145, 'person', person.id, 'update'],
      [140, 'person', person.id, 'update'],
    ],
    THIRD,
  );
  // Kit's workstation had this one's event and all three of the third's when it advanced the project, though
  // its clock said an hour and a half ago: its causal clock comes after this workstation's event.
  const after = { ms: own.hlc!.ms, n: own.hlc!.n + 1 };
  const chain = peerChain([
    [130, 'staff-member', kit.id, 'create'],
    [120, 'project', project.id, 'create'],
    [90, 'project', project.id, 'advance', { hlc: after, seen: { [own.device!]: 1, [THIRD]: 3 } }],
  ]);
  // The third workstation's last two events never reached this one (deleted on the server before).
  await seed(page, {
    staffMembers: [kit],
    people: [person],
    projects: [project],
    peerAuditEvents: [...chain, third[0]],
  });

  const rows = page.getByRole('row');
  await expect(matchLine(page)).toHaveText('5 events match.');
  await expect(rows.nth(1)).toContainText('Workstation b7c41d2e');
  await expect(rows.nth(1)).toContainText('DSH-2026-047');
  // Its time reads an hour and a half before this workstation's event below it, and the row says why.
  await expect(rows.nth(1).getByRole('cell').nth(1)).toContainText('after events timed about 2 hours later');
  await expect(rows.nth(2)).toContainText('This workstation');
  await expect(rows.nth(2).getByRole('cell').nth(1)).not.toContainText('later');
  await page.getByRole('button', { name: 'Verify the audit log' }).click();
  const verdict = page.getByRole('status').filter({ hasText: 'tampered' });
  await expect(verdict).toContainText(
    'The audit log has been tampered with: the log of workstation c0ffee00 (last used by Kit Peer) ends at ' +
      'event 1, but event 3 of workstation b7c41d2e (last used by Kit Peer) had seen it up to event 3: ' +
      'events 2 to 3 are missing. This workstation’s own 1 event is intact.',
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/audit-team-clock.png', fullPage: true });
});
