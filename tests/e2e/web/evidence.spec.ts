/**
 * Evidence files, end to end through the test bridge (the real main-process handlers keep the files in a
 * temporary data folder): attach, open and remove evidence on a training record; drop an NHS DSA
 * certificate PDF made here on a person and confirm the training record DSH Desk proposes from it.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { dsaCertificatePdf } from '../../helpers/evidence-pdfs';
import { installTestBridge } from '../../helpers/test-bridge';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';
import { addPerson } from './pages/people';

test.describe.configure({ timeout: 120_000 });

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

/** Adds Jane Smith and opens her page. */
async function addJaneSmith(page: Page): Promise<void> {
  await openApp(page, '/people');
  await addPerson(page, { name: 'Jane Smith', email: 'jane.smith@example.ac.uk' });
}

/** Drops a file on a drop area, as the file manager would. */
async function dropFile(target: Locator, name: string, bytes: Uint8Array, type: string): Promise<void> {
  const dataTransfer = await target.page().evaluateHandle(
    ({ name, data, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      return transfer;
    },
    { name, data: [...bytes], type },
  );
  await target.dispatchEvent('drop', { dataTransfer });
}

test('evidence is attached to a training record, opened in the system viewer and removed', async ({
  page,
}) => {
  const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-evidence-e2e-'));
  try {
    const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
    await addJaneSmith(page);
    await page.getByRole('button', { name: 'Add DSH environment training' }).click();
    await page.getByLabel(/Completion date/).fill('01/12/2026');
    await page.getByRole('button', { name: 'Add training' }).click();

    const what = 'DSH environment training completed 01/12/2026';
    const attach = page.getByLabel(`Attach a file to ${what}`);
    await attach.setInputFiles({
      name: 'not-really.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ'),
    });
    await expect(page.getByRole('alert')).toHaveText(
      'Not attached: "not-really.pdf" is not a PDF, PNG or JPEG file (judged by its content, not its name).',
    );

    await attach.setInputFiles({ name: 'signed-register.png', mimeType: 'image/png', buffer: PNG });
    const list = page.getByRole('list', { name: `Evidence files of ${what}` });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('signed-register.png');
    await expect(list).toContainText('PNG image · 12 bytes · added by Tess Officer');
    await expect(page.getByRole('status').filter({ hasText: 'Attached' })).toHaveText(
      'Attached signed-register.png.',
    );
    await expectNoAxeViolations(page);

    await list.getByRole('button', { name: 'Open signed-register.png' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
      'Opened signed-register.png.',
    );
    expect(bridge.openedEvidence).toHaveLength(1);
    expect(path.basename(bridge.openedEvidence[0]!)).toMatch(/^[0-9a-f]{64}\.png$/);

    await list.getByRole('button', { name: 'Remove signed-register.png…' }).click();
    // The safe choice has the focus: the keyboard cannot remove by accident.
    await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(list).toHaveCount(0);
    await expect(page.getByText('Removed signed-register.png.')).toBeVisible();
  } finally {
    await rm(saveDir, { recursive: true, force: true });
  }
});

test('an NHS DSA certificate dropped on a person proposes the training record, kept with it as evidence', async ({
  page,
}) => {
  const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-evidence-e2e-'));
  try {
    const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
    /** The files main keeps in the evidence folder (its viewer copies aside). */
    const kept = async () =>
      (await readdir(bridge.evidenceDir).catch(() => [])).filter((name) => name !== 'viewing');
    await addJaneSmith(page);
    const drop = page.locator('.dsa-drop .file-drop');

    const someoneElse = await dsaCertificatePdf({ name: 'John Brown', completed: '01/12/2026' });
    await dropFile(drop, 'john-dsa.pdf', someoneElse, 'application/pdf');
    // The first PDF loads the PDF reader in main: slow on a busy machine.
    await expect(page.getByRole('alert')).toHaveText(
      'john-dsa.pdf is a certificate for John Brown, not Jane Smith. Nothing was recorded.',
      { timeout: 30_000 },
    );
    // Read only to be refused: main does not keep it.
    await expect.poll(kept).toEqual([]);

    const certificate = await dsaCertificatePdf({
      name: 'Jane Smith',
      completed: '01/12/2026',
      reference: 'DSA-7781234',
    });
    const proposal = page.getByRole('group', { name: /Record this training\?/ });
    // A proposal cancelled leaves no file behind; the same certificate dropped again is read afresh.
    await dropFile(drop, 'jane-dsa.pdf', certificate, 'application/pdf');
    await proposal.getByRole('button', { name: 'Cancel' }).click();
    await expect(proposal).toBeHidden();
    await expect.poll(kept).toEqual([]);
    await dropFile(drop, 'jane-dsa.pdf', certificate, 'application/pdf');
    await expect(proposal).toContainText(
      'NHS DSA Level 1 training of Jane Smith, completed 1 Dec 2026, valid until 1 Dec 2027',
    );
    await expect(proposal.getByLabel('Certificate or evidence reference')).toHaveValue('DSA-7781234');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('dsa-proposal.png'), fullPage: true });

    await proposal.getByRole('button', { name: 'Record this training' }).click();
    await expect(
      page.getByText(
        'Recorded NHS DSA Level 1 training of Jane Smith, with jane-dsa.pdf kept as its evidence.',
      ),
    ).toBeVisible();
    const list = page.getByRole('list', {
      name: 'Evidence files of NHS DSA Level 1 training completed 01/12/2026',
    });
    await expect(list).toContainText('jane-dsa.pdf');
    expect(await kept()).toHaveLength(1);
    await expect(page.getByText('Completed 01/12/2026 · DSA-7781234')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('dsa-recorded.png'), fullPage: true });
  } finally {
    await rm(saveDir, { recursive: true, force: true });
  }
});
