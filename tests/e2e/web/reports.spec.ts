/**
 * The reports as a manager and an auditor use them: each chart draws exactly the figures of the table under
 * it, the pages pass axe without CSP violations, a table downloads as CSV, and the evidence pack is written
 * through the host holding its four parts.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { installTestBridge } from '../../helpers/test-bridge';
import { chartLabels, readReportTable, readStores, watchCsp, withoutZodProbe } from './dashboard-demo';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { sharePage } from './shared-page';

/** The non-zero values of a column, as the table writes them (bars of zero draw no bar and no label). */
function drawn(rows: Record<string, string>[], column: string): string[] {
  return rows.map((row) => row[column]!).filter((text) => text !== '0' && text !== '–' && text !== '0.0%');
}

async function openReport(page: Page, id: string): Promise<void> {
  // By way of a page with no report, so a ready marker seen next is this report's, never the last one's
  // (on a shared page the last test's report is still on screen).
  await page.goto('/#/no-report-here');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto(`/#/reports/${id}`);
  await expect(page.locator('[data-report-state="ready"]')).toHaveCount(1, { timeout: 30_000 });
}

let saveDir: string;
test.beforeEach(async () => {
  saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-reports-'));
});
test.afterEach(async () => {
  await rm(saveDir, { recursive: true, force: true });
});

/** Each report: how its chart's labels are read from its table. */
const CHECKS: Record<string, (page: Page) => Promise<void>> = {
  'stages-over-time': async (page) => {
    const rows = await readReportTable(page, 'stages-over-time');
    const series = {
      enquiry: 'Enquiry',
      onboarding: 'Onboarding',
      setup: 'Set Up',
      access: 'Access',
      active: 'Active',
      closure: 'Closure',
      closed: 'Closed',
      declined: 'Declined',
      withdrawn: 'Withdrawn',
    };
    for (const [key, column] of Object.entries(series)) {
      const labels = await chartLabels(page, `[data-figure="stages-over-time"] [data-series="${key}"]`);
      expect({ key, labels: labels.flat() }).toEqual({ key, labels: drawn(rows, column) });
    }
  },
  'days-in-stage': async (page) => {
    const rows = await readReportTable(page, 'days-in-stage');
    const labels = await chartLabels(page, '[data-figure="days-in-stage"]');
    const medians = rows
      .filter((row) => row['Median days'] !== '–')
      .map((row) => Math.round(Number(row['Median days'])))
      .map((days) => `${days} ${days === 1 ? 'day' : 'days'}`);
    expect(labels.flat()).toEqual(medians);
  },
  enquiries: async (page) => {
    const rows = await readReportTable(page, 'enquiries');
    expect(await chartLabels(page, '[data-figure="enquiries"]')).toEqual([
      drawn(rows, 'Enquiries received'),
      drawn(rows, 'Became projects'),
    ]);
  },
  utilisation: async (page) => {
    const rows = await readReportTable(page, 'utilisation');
    expect(await chartLabels(page, '[data-figure="utilisation"]')).toEqual([drawn(rows, 'Utilisation')]);
  },
  'training-compliance': async (page) => {
    const rows = await readReportTable(page, 'compliance-overall');
    const labels = rows
      .filter((row) => row.Members !== '0')
      .map((row) => `${row.Members} (${row['Share of members']})`);
    expect(await chartLabels(page, '[data-figure="compliance-overall"]')).toEqual([labels]);
    const { projects } = await readStores(page, ['projects']);
    const live = projects.filter(
      (p) => p.status === 'open' && ['setup', 'access', 'active'].includes(p.stage),
    ).length;
    await expect(page.locator('table[data-report-table="compliance-projects"] tbody tr')).toHaveCount(live);
  },
  costs: async (page) => {
    const connections = await readReportTable(page, 'costs-connections');
    expect(await chartLabels(page, '[data-figure="costs-connections"]')).toEqual([
      connections.map((row) => row['Estimated cost']),
    ]);
    const sessions = await readReportTable(page, 'costs-sessions');
    expect(await chartLabels(page, '[data-figure="costs-sessions"]')).toEqual([
      drawn(sessions, 'Sessions used'),
      drawn(sessions, 'Sessions booked ahead'),
    ]);
  },
};

test.describe('the reports of the demo data', () => {
  // The checks only read: one demo load for all of them. The CSP violations are those since the page opened
  // (the demo load included, as when each test had its own page): any one fails every test after it.
  let cspViolations: () => Promise<string[]>;
  const shared = sharePage(async (page) => {
    cspViolations = await watchCsp(page);
    await loadDemoData(page);
  });
  for (const [id, check] of Object.entries(CHECKS)) {
    test(`the ${id} report draws exactly the figures of its table, and passes axe`, async () => {
      test.setTimeout(120_000); // a loaded machine can take a minute to draw and check a report
      const { page, consoleErrors } = shared();
      await openReport(page, id);
      await check(page);
      await expectNoAxeViolations(page);
      expect(withoutZodProbe(await cspViolations())).toEqual([]);
      expect(withoutZodProbe(consoleErrors)).toEqual([]);
    });
  }
});

test('a report table downloads as a CSV file with the table’s headings and rows', async ({ page }) => {
  test.setTimeout(120_000);
  const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
  await loadDemoData(page);
  await openReport(page, 'enquiries');
  const rows = await readReportTable(page, 'enquiries');
  await page.getByRole('button', { name: 'Download CSV: Enquiries per month' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
  expect(bridge.saveDialogs).toEqual([
    { name: expect.stringMatching(/^Enquiries per month .*\.csv$/), kind: 'csv' },
  ]);
  const text = await readFile(bridge.savedFiles[0]!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]).toBe('Month,Enquiries received,Became projects,Declined,Share that became projects');
  expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(
    rows.map((row) => row['Enquiries received']),
  );
});

test('the evidence pack is saved through the host and holds its four parts and its list of evidence files', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
  await loadDemoData(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('button', { name: 'Build the evidence pack…' }).click();
  await expect(page.getByText(/^Saved to .*\.zip$/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/The audit log is intact: [\d,]+ events checked\./)).toBeVisible();

  expect(bridge.saveDialogs).toEqual([
    { name: expect.stringMatching(/^DSH evidence pack .*\.zip$/), kind: 'zip' },
  ]);
  const files = unzipSync(new Uint8Array(await readFile(bridge.savedFiles[0]!)));
  expect(Object.keys(files).sort()).toEqual(
    [
      'README.txt',
      'access-list.csv',
      'audit-log-verification.txt',
      'certificate-register.csv',
      'evidence-files.csv',
      'training-compliance-summary.csv',
      'training-compliance.csv',
    ].sort(),
  );
  const { projects, memberships, certificates, auditEvents } = await readStores(page, [
    'projects',
    'memberships',
    'certificates',
    'auditEvents',
  ]);
  const live = new Set(
    projects
      .filter((p) => p.status === 'open' && ['setup', 'access', 'active'].includes(p.stage))
      .map((p) => p.id),
  );
  const csvRows = (name: string) =>
    strFromU8(files[name]!)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1);

  expect(csvRows('training-compliance.csv')).toHaveLength(live.size);
  expect(csvRows('access-list.csv')).toHaveLength(memberships.filter((m) => live.has(m.projectId)).length);
  expect(
    csvRows('certificate-register.csv')
      .map((line) => line.split(',')[0])
      .sort(),
  ).toEqual(certificates.map((c) => c.number).sort());
  for (const certificate of certificates) {
    expect(strFromU8(files['certificate-register.csv']!)).toContain(certificate.fingerprint);
  }
  const verification = strFromU8(files['audit-log-verification.txt']!);
  expect(verification).toContain('Result: INTACT');
  // The pack's own export is audited after the check, as the newest event: the check covered all before it.
  const newest = auditEvents.reduce((last, event) => (event.seq > last.seq ? event : last));
  expect(newest).toMatchObject({ action: 'export', entity: 'database', entityId: 'evidence-pack' });
  expect(newest.changes.savedTo.after).toBe(bridge.savedFiles[0]);
  expect(verification).toContain(`Events checked: ${(auditEvents.length - 1).toLocaleString('en-GB')}`);
  expect(verification).toMatch(/Checked: \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
  expect(strFromU8(files['README.txt']!)).toContain('Made by: Tess Officer');
});
