/**
 * Certificates of deletion through the UI, with the demo data loaded and the test bridge writing real files:
 * completing a closure checklist and issuing a certificate (preview, issue, export, same bytes again), and
 * verifying certificate files chosen in the UI — genuine, altered by one byte, unknown to the register;
 * voiding a certificate, issuing its replacement and recording the countersigned copy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildCertificatePdf } from '../../../shared/documents';
import { withDatePaintedOver } from '../../helpers/certificate-forgeries';
import { certificateFingerprint, type CertificateContent } from '../../../shared/domain';
import { aCertificate } from '../../helpers/domain-fixtures';
import { notoSans, pdfPages } from '../../helpers/pdf-files';
import { installTestBridge, type TestBridgeRecord } from '../../helpers/test-bridge';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { openFirstListedProject } from './pages/project-register';

// Loading the demo data and making PDFs takes a while on a busy two-core machine.
test.setTimeout(120_000);

let saveDir: string;
test.beforeEach(async () => {
  saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-certificates-'));
});
test.afterEach(async () => {
  await rm(saveDir, { recursive: true, force: true });
});

const squash = (text: string) => text.replace(/\s+/g, ' ');
// pdftotext marks right-to-left runs with embedding controls (U+202B … U+202C); the words are what count.
const textOf = async (file: string) =>
  squash(pdfPages(new Uint8Array(await readFile(file))).join(' ')).replace(/[\u202a-\u202e]/gu, '');

/** Waits for the next file the bridge writes and returns its path. */
async function nextSavedFile(bridge: TestBridgeRecord, before: number): Promise<string> {
  await expect.poll(() => bridge.savedFiles.length, { timeout: 30_000 }).toBe(before + 1);
  return bridge.savedFiles[before]!;
}

/** The audit log's export events, oldest first, read straight from IndexedDB. */
function exportEvents(page: Page): Promise<{ entity: string; document: unknown; savedTo: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dsh-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('auditEvents').objectStore('auditEvents').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const events = all.result as {
              action: string;
              entity: string;
              changes: Record<string, { after?: unknown }>;
            }[];
            open.result.close();
            resolve(
              events
                .filter((event) => event.action === 'export')
                .map((event) => ({
                  entity: event.entity,
                  document: event.changes.document?.after,
                  savedTo: event.changes.savedTo?.after,
                })),
            );
          };
        };
      }),
  );
}

/** The register's open projects in Closure, by reference (demo data: none has its checklist complete). */
const CLOSING_PROJECTS = 'stage=closure&status=open&sort=reference-asc';

/** Completes every part of the closure checklist through the Closure stage screen. */
async function completeClosureChecklist(page: Page): Promise<void> {
  const confirm = page.getByLabel(/^Confirm (this is every extract|there were no extracts)/);
  if (!(await confirm.isChecked())) {
    await confirm.check();
    await page.getByRole('button', { name: 'Save extracts' }).click();
    await expect(page.locator('#closure-extracts').getByText('Complete', { exact: true })).toBeVisible();
  }
  const revoke = page.getByRole('button', { name: /^Revoke access: / });
  for (let remaining = await revoke.count(); remaining > 0; remaining -= 1) {
    await revoke.first().click();
    await page.getByRole('button', { name: 'Record access revoked' }).click();
    await expect(revoke).toHaveCount(remaining - 1);
  }
  const storage = page.locator('#closure-storage');
  const checkButtons = storage.getByRole('button', { name: /^Checked by me today/ });
  for (let i = 0; i < (await checkButtons.count()); i += 1) await checkButtons.nth(i).click();
  // The first location's media and what became of it, printed on the certificate per location.
  const first = storage.getByRole('group', { name: 'Location 1' });
  await first.getByLabel('Media type').fill('NetApp volume');
  await first.getByLabel('Asset or serial number').fill('DSH-NAS-01');
  await first.getByLabel('Media afterwards').selectOption({ label: 'Reused' });
  await storage.getByRole('button', { name: 'Save storage locations' }).click();
  await expect(storage.getByText('Complete', { exact: true })).toBeVisible();

  const destruction = page.locator('#closure-destruction');
  await destruction.getByLabel('Date of destruction').fill('2026-11-20');
  await destruction.getByRole('radio', { name: /^Purge/ }).check();
  await destruction
    .getByRole('textbox', { name: /^Technique/ })
    .fill('Cryptographic erase of the project volume');
  await destruction.getByRole('textbox', { name: /^Tool/ }).fill('VeraCrypt 1.26.7');
  await destruction.getByRole('textbox', { name: /^Verification/ }).fill('Sample read-back found no data.');
  // Names in Hebrew and Chinese script: their fonts are fetched from the app's own files when needed.
  await destruction.getByLabel('Name (performed by)').fill('דוד כהן');
  await destruction.getByLabel('Name (witnessed by)').fill('王小明');
  await destruction.getByLabel('Role (witnessed by)').fill('DSH manager');
  await destruction.getByRole('button', { name: 'Save destruction details' }).click();
  await expect(destruction.getByText('Complete', { exact: true })).toBeVisible();

  const authorisation = page.locator('#closure-authorisation');
  await authorisation.getByLabel('Authorisation reference').fill('NHSE-AUTH-2026-77');
  await authorisation.getByRole('button', { name: 'Save reference' }).click();
  await expect(authorisation.getByText('Complete', { exact: true })).toBeVisible();
  await expect(
    page.getByText('Everything on the closure checklist is recorded: the certificate can be issued.'),
  ).toBeVisible();
}

test('a certificate is previewed, issued and saved, and saving it again gives the same bytes', async ({
  page,
  consoleErrors,
}) => {
  const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
  await loadDemoData(page);
  const project = await openFirstListedProject(page, CLOSING_PROJECTS);

  // Before the checklist is complete the certificate page says what is missing and refuses to issue.
  await page.goto(`/#/projects/${project.id}/certificate`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Issue the certificate of deletion' }),
  ).toBeVisible();
  await expect(page.getByText('This certificate cannot be issued yet:')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Issue certificate…' })).toBeDisabled();

  await page.goto(`/#/projects/${project.id}`);
  await completeClosureChecklist(page);

  await page.goto(`/#/projects/${project.id}/certificate`);
  await expect(page.getByText('This certificate cannot be issued yet:')).toHaveCount(0);
  // Nothing to type over: what will print comes from the records, with a link to correct each.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Correct the closure record' })).toBeVisible();
  const preview = page.getByRole('article', { name: 'Preview of the certificate of deletion' });
  await expect(preview).toContainText('Assigned when issued');
  await expect(preview).toContainText('王小明, DSH manager');
  await expect(preview).toContainText('VeraCrypt 1.26.7');
  await expect(preview).toContainText('NetApp volume · Asset or serial DSH-NAS-01');
  await expect(preview).toContainText('Reused');
  // The signatories' organisation comes from Settings; the preview prints their attestation blocks.
  await expect(preview).toContainText('Verified and witnessed by');
  await preview.screenshot({ path: test.info().outputPath('what-will-print.png') });
  await expectNoAxeViolations(page);

  // The PDF preview: marked as a preview on every page, with no number and no fingerprint.
  await page.getByRole('button', { name: 'Save PDF preview…' }).click();
  const previewFile = await nextSavedFile(bridge, 0);
  expect(path.basename(previewFile)).toBe(`${project.reference} certificate preview (not issued).pdf`);
  const previewText = await textOf(previewFile);
  expect(previewText).toContain('Certificate of Deletion · preview, not issued');
  expect(previewText).toContain('Assigned when issued');
  expect(previewText).toContain('王小明');
  expect(previewText).not.toContain('DSH-CERT-');

  await page.getByRole('button', { name: 'Issue certificate…' }).click();
  await page.getByRole('button', { name: 'Issue certificate', exact: true }).click();
  const heading = page.getByRole('heading', {
    level: 1,
    name: /^Certificate of deletion DSH-CERT-\d{4}-\d{4}$/,
  });
  await expect(heading).toBeVisible();
  const number = /DSH-CERT-\d{4}-\d{4}/.exec((await heading.textContent())!)![0];
  await expect(
    page.getByText(`Certificate ${number} issued and entered in the certificate register.`),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'its Closure stage' })).toBeVisible();

  await page.getByRole('button', { name: 'Save certificate PDF…' }).click();
  const certificateFile = await nextSavedFile(bridge, 1);
  expect(path.basename(certificateFile)).toBe(`${number} ${project.reference}.pdf`);
  await expect(page.getByRole('status').filter({ hasText: 'Certificate saved to' })).toContainText(
    certificateFile,
  );
  const firstBytes = await readFile(certificateFile);
  const text = await textOf(certificateFile);
  for (const expected of [
    'Certificate of Deletion',
    number,
    project.reference,
    'DSH-NAS-01',
    '王小明',
    'דוד כהן',
    'VeraCrypt 1.26.7',
    'Purge',
    'NHSE-AUTH-2026-77',
    '20 Nov 2026',
    'SHA-256 fingerprint',
  ]) {
    expect(text).toContain(expected);
  }

  // Exported again from the register: the very same bytes.
  await page.goto('/#/certificates');
  await page.getByLabel('Certificate number or project reference').fill(project.reference);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    `1 certificate matches “${project.reference}”.`,
  );
  await page.getByRole('button', { name: `Save PDF… of ${number}` }).click();
  await expect.poll(() => bridge.savedFiles.length, { timeout: 30_000 }).toBe(3);
  expect(bridge.savedFiles[2]).toBe(certificateFile);
  expect((await readFile(certificateFile)).equals(firstBytes)).toBe(true);

  // Every saved export is in the audit log, with where it went.
  expect(await exportEvents(page)).toEqual([
    { entity: 'project', document: 'certificate of deletion preview (not issued)', savedTo: previewFile },
    { entity: 'certificate', document: 'certificate of deletion', savedTo: certificateFile },
    { entity: 'certificate', document: 'certificate of deletion', savedTo: certificateFile },
  ]);
  expect(consoleErrors).toEqual([]);
});

test('a certificate file chosen in the register is genuine, altered by one byte, or unknown', async ({
  page,
}) => {
  const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
  await loadDemoData(page);
  await page.goto('/#/certificates');
  await expect(page.getByRole('status').filter({ hasText: 'in the register' })).toHaveText(
    '4 certificates in the register.',
  );
  await page.getByRole('button', { name: 'Save PDF… of DSH-CERT-2026-0001' }).click();
  const genuine = await nextSavedFile(bridge, 0);
  const verify = page.getByLabel('Certificate file (PDF)');
  const verdict = page.locator('.cert-verdict');

  await verify.setInputFiles(genuine);
  await expect(verdict).toContainText('Genuine');
  await expect(verdict).toContainText(
    'This file is byte for byte the certificate DSH-CERT-2026-0001 issued on',
  );

  // One byte changed in a field of the embedded record (the tool: "DSH storage console" → "DSH storage consolf").
  const bytes = await readFile(genuine);
  const at = bytes.indexOf('DSH storage console');
  expect(at).toBeGreaterThan(0);
  bytes[at + 'DSH storage consol'.length] = 'f'.charCodeAt(0);
  const altered = path.join(saveDir, 'altered.pdf');
  await writeFile(altered, bytes);
  await verify.setInputFiles(altered);
  await expect(verdict).toContainText('Altered');
  await expect(verdict).toContainText(
    'This file is not the certificate that was issued as DSH-CERT-2026-0001: its embedded record gives a different tool from the register entry',
  );

  // A white box over the page with another date written on it, inside an /Artifact block.
  const painted = path.join(saveDir, 'painted.pdf');
  await writeFile(painted, await withDatePaintedOver(await readFile(genuine), '1 January 2020'));
  await verify.setInputFiles(painted);
  await expect(verdict).toContainText('Altered');
  await expect(verdict).toContainText(
    'page 1 prints “1 January 2020”, which the issued certificate does not',
  );
  await verdict.screenshot({ path: test.info().outputPath('altered-verdict.png') });

  // A genuine-looking certificate from a register that never issued it.
  const content: CertificateContent = { ...aCertificate().content, number: 'DSH-CERT-2026-0999' };
  const stranger = await buildCertificatePdf(
    { ...aCertificate(), number: content.number, content, fingerprint: certificateFingerprint(content) },
    { organisationName: 'Another Data Safe Haven', fonts: notoSans() },
  );
  const unknown = path.join(saveDir, 'unknown.pdf');
  await writeFile(unknown, stranger);
  await verify.setInputFiles(unknown);
  await expect(verdict).toContainText('Unknown');
  await expect(verdict).toContainText('DSH-CERT-2026-0999 is not in the certificate register');

  await expectNoAxeViolations(page);
});

test('the project record is exported as a PDF for offline review', async ({ page }) => {
  const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
  await loadDemoData(page);
  await page.goto('/#/certificates');
  await page.getByRole('link', { name: 'DSH-CERT-2026-0001', exact: true }).click();
  // The certificate's own page, not the register still on screen while it opens.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Certificate of deletion DSH-CERT-2026-0001',
  );
  const reference = /DSH-\d{4}-\d{3,}/.exec((await page.locator('.page-description').textContent())!)![0];
  await page.getByRole('button', { name: 'Export project record…' }).click();
  const file = await nextSavedFile(bridge, 0);
  expect(path.basename(file)).toMatch(new RegExp(`^${reference} project record \\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const text = await textOf(file);
  for (const expected of [
    'Project record',
    reference,
    '1. Enquiry',
    '2. Onboarding',
    'Timeline',
    'DSH-CERT-2026-0001',
  ]) {
    expect(text).toContain(expected);
  }
});

test('a manager voids a wrong certificate, its replacement names it, and the countersigned copy is recorded', async ({
  page,
  consoleErrors,
}) => {
  // Two certificates, their PDFs and two axe runs: more than the others on a busy two-core machine.
  test.setTimeout(240_000);
  const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
  await loadDemoData(page);
  const project = await openFirstListedProject(page, CLOSING_PROJECTS);
  await completeClosureChecklist(page);
  await page.goto(`/#/projects/${project.id}/certificate`);
  await page.getByRole('button', { name: 'Issue certificate…' }).click();
  await page.getByRole('button', { name: 'Issue certificate', exact: true }).click();
  const issuedHeading = page.getByRole('heading', { level: 1, name: /^Certificate of deletion DSH-CERT-/ });
  // Issuing first makes the PDF once (fonts for Hebrew and Chinese fetched): slow on a busy machine.
  await expect(issuedHeading).toBeVisible({ timeout: 30_000 });
  const first = /DSH-CERT-\d{4}-\d{4}/.exec((await issuedHeading.textContent())!)![0];
  await page.getByRole('button', { name: 'Save certificate PDF…' }).click();
  const firstFile = await nextSavedFile(bridge, 0);
  const firstBytes = await readFile(firstFile);

  // An officer is told who may void; a manager voids it with a reason.
  await expect(page.getByText('Only a DSH manager can void a certificate.')).toBeVisible();
  await page.getByRole('button', { name: 'Change user' }).click();
  await page.getByRole('radio', { name: /^Helen Carter/ }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByText('Signed in as Helen Carter')).toHaveCount(1);
  await page.goto(`/#/projects/${project.id}/certificate`);
  await page.getByRole('button', { name: 'Void certificate…' }).click();
  const reason = 'The storage location’s asset number was recorded wrongly.';
  await page
    .getByRole('form', { name: `Void certificate ${first}` })
    .getByLabel('Reason')
    .fill(reason);
  await page.getByRole('button', { name: 'Void certificate', exact: true }).click();

  // The void certificate stays listed, and the page issues its replacement from the records.
  await expect(
    page.getByRole('heading', { level: 1, name: `Issue the replacement of ${first}` }),
  ).toBeVisible();
  const voidList = page.getByRole('region', { name: 'Void certificates' });
  await expect(voidList).toContainText(`${first} Void issued on`);
  await expect(voidList).toContainText(`by Helen Carter: ${reason} Not replaced yet.`);
  const preview = page.getByRole('article', { name: 'Preview of the certificate of deletion' });
  await expect(preview).toContainText(`This certificate replaces certificate ${first}, which is void.`);
  await page.getByRole('button', { name: 'Issue certificate…' }).click();
  await page.getByRole('button', { name: 'Issue certificate', exact: true }).click();
  await expect(issuedHeading).not.toContainText(first, { timeout: 30_000 });
  const replacement = /DSH-CERT-\d{4}-\d{4}/.exec((await issuedHeading.textContent())!)![0];
  await expect(voidList).toContainText(`Replaced by ${replacement}.`);

  // The data controller's countersigned copy comes back.
  await page.getByRole('button', { name: 'Record the countersigned copy…' }).click();
  const form = page.getByRole('form', { name: `The countersigned copy of ${replacement}` });
  await form.getByLabel('Countersigned by').fill('Dr J Patel, Caldicott Guardian');
  await form.getByLabel('Note').fill('Returned by post.');
  await form.getByRole('button', { name: 'Record the countersigned copy' }).click();
  await expect(page.getByRole('region', { name: 'Countersigned copy' })).toContainText(
    'Returned countersigned by Dr J Patel, Caldicott Guardian, received on',
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('replacement-page.png'), fullPage: true });

  await page.getByRole('button', { name: 'Save certificate PDF…' }).click();
  const replacementFile = await nextSavedFile(bridge, 1);
  expect(await textOf(replacementFile)).toContain(
    `This certificate replaces certificate ${first}, which is void. Rely on this one.`,
  );
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    replacementFile,
    test.info().outputPath('replacement'),
  ]);

  // The register marks it void; its own file, still byte for byte the one issued, verifies as Void.
  await page.goto('/#/certificates');
  await page.getByLabel('Certificate number or project reference').fill(project.reference);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`^${first}`) })).toContainText(
    `VoidReplaced by ${replacement}`,
  );
  await expect(page.getByRole('row', { name: new RegExp(`^${replacement}`) })).toContainText(
    `Replaces ${first}`,
  );
  await expectNoAxeViolations(page);
  expect((await readFile(firstFile)).equals(firstBytes)).toBe(true);
  await page.getByLabel('Certificate file (PDF)').setInputFiles(firstFile);
  const verdict = page.locator('.cert-verdict');
  await expect(verdict).toContainText('Void');
  await expect(verdict).toContainText(`Void — replaced by ${replacement} on`);
  await expect(verdict).toContainText(reason);
  expect(consoleErrors).toEqual([]);
});
