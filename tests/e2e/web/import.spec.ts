/**
 * Importing a team's spreadsheets: a real CSV of people and a real .xlsx workbook of training (written by
 * write-excel-file, not by DSH Desk), with bad rows in each; preview, import, see the records, undo.
 */
import { dateCell, xlsxBytes } from '../../helpers/xlsx-files';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const PEOPLE_CSV = [
  'Full name,E-mail address,Institution,Department,Notes',
  'Dr Zoë Ågren,Z.Agren@Example.ac.uk,University of Example,Respiratory Medicine,PI',
  'Łukasz Żółć,l.zolc@example.ac.uk,University of Example,,',
  'Nobody,not-an-email,University of Example,,',
  '"=HYPERLINK(""http://evil.example"",""x"")",h@example.ac.uk,University of Example,,',
].join('\r\n');

test('people from a CSV file and their training from an .xlsx workbook are previewed, imported and undone', async ({
  page,
}) => {
  await openApp(page, '/people');
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' })).toBeVisible();
  await expect(page.getByText('Nothing has been imported yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  // People, from CSV.
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose the spreadsheet file to import.');
  await page.getByLabel(/Spreadsheet file/).setInputFiles({
    name: 'team people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PEOPLE_CSV, 'utf8'),
  });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByRole('heading', { name: '2. Match the columns' })).toBeVisible();
  await expect(page.getByLabel(/^Name/)).toHaveValue('0');
  await expect(page.getByLabel(/^Organisation/)).toHaveValue('2');
  await expect(page.getByText('Not imported (no field uses them): Notes.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Preview the import' }).click();

  await expect(
    page.getByText('team people.csv: 2 new, 0 to update, 0 already recorded, 2 refused.'),
  ).toBeVisible();
  const preview = page.getByRole('table', { name: 'What each row of team people.csv will do' });
  await expect(preview.getByRole('row', { name: /^4 Refused/ })).toContainText(
    'Column B (E-mail address), “not-an-email”: E-mail address must look like name@example.ac.uk.',
  );
  await expect(preview.getByRole('row', { name: /^5 Refused/ })).toContainText(
    'starts with “=”, so a spreadsheet would run it as a formula',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import 2 records' }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to People' }).click();
  await expect(page.getByRole('link', { name: 'Dr Zoë Ågren' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Łukasz Żółć' })).toBeVisible();
  await expect(page.getByText('2 people recorded')).toBeVisible();

  // Training, from an Excel workbook: a date cell, a UK date written as text, and a formula.
  const workbook = await xlsxBytes([
    ['E-mail', 'Course', 'Completed', 'Certificate reference'],
    ['z.agren@example.ac.uk', 'NHS DSA Level 1', dateCell('2026-11-02'), 'DSA-2026-001'],
    ['l.zolc@example.ac.uk', 'DSH environment', '6 Dec 2026', ''],
    ['l.zolc@example.ac.uk', 'NHS DSA Level 1', { value: 'TODAY()', type: 'Formula' }, 'DSA-2026-002'],
  ]);
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await page.getByLabel('Training records').check();
  await page.getByLabel(/Spreadsheet file/).setInputFiles({
    name: 'training.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook),
  });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(
    page.getByText('training.xlsx: 2 new, 0 to update, 0 already recorded, 1 refused.'),
  ).toBeVisible();
  const rows = page.getByRole('table', { name: 'What each row of training.xlsx will do' });
  await expect(rows.getByRole('row', { name: /^2 New/ })).toContainText(
    'NHS DSA Level 1 training of z.agren@example.ac.uk, completed 02/11/2026',
  );
  await expect(rows.getByRole('row', { name: /^4 Refused/ })).toContainText(
    'is a formula (=TODAY()). DSH Desk never calculates formulas',
  );
  await page.getByRole('button', { name: 'Import 2 records' }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Undo: people who now have training cannot be removed until their training import is undone.
  await page.getByRole('button', { name: 'Undo the import of team people.csv' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cannot be undone' })).toContainText(
    'The import of team people.csv cannot be undone: Dr Zoë Ågren now has training records.',
  );
  await page.getByRole('button', { name: 'Undo the import of training.xlsx' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is undone' })).toHaveText(
    'The import of training.xlsx is undone: 2 records removed, 0 restored.',
  );
  await page.getByRole('button', { name: 'Undo the import of team people.csv' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is undone' })).toHaveText(
    'The import of team people.csv is undone: 2 records removed, 0 restored.',
  );
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible();
});

test('projects from an .xlsx workbook land at their stage with their members, the unmet gates shown, and are undone', async ({
  page,
}) => {
  await openApp(page, '/settings/import');
  await page.getByLabel(/Spreadsheet file/).setInputFiles({
    name: 'team people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PEOPLE_CSV, 'utf8'),
  });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await page.getByRole('button', { name: 'Import 2 records' }).click();
  await page.getByRole('button', { name: 'Import another file' }).click();

  const workbook = await xlsxBytes([
    [
      'Reference',
      'Title',
      'Stage',
      'Date received',
      'Contact name',
      'Contact e-mail',
      'Organisation',
      'Brief description',
      'Lead researcher e-mail',
      'Members',
    ],
    [
      'DSH-2025-031',
      'Asthma outcomes',
      'Active',
      dateCell('2025-03-04'),
      'Dr Zoë Ågren',
      'z.agren@example.ac.uk',
      'University of Example',
      'Linked records',
      'z.agren@example.ac.uk',
      'l.zolc@example.ac.uk',
    ],
    [
      '',
      'Unknown team',
      'Set Up',
      '05/06/2025',
      'A B',
      'a.b@example.ac.uk',
      'Elsewhere',
      'Something',
      'stranger@example.ac.uk',
      '',
    ],
  ]);
  await page.getByLabel('Projects (at their stage, with members)').check();
  await page.getByLabel(/Spreadsheet file/).setInputFiles({
    name: 'projects.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook),
  });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Preview the import' }).click();
  const rows = page.getByRole('table', { name: 'What each row of projects.xlsx will do' });
  const active = rows.getByRole('row', { name: /^2 New/ });
  await expect(active).toContainText('DSH-2025-031: “Asthma outcomes”, at Active, with 2 members');
  await expect(active).toContainText('Not met on the way (the officer decides):');
  await expect(active).toContainText('Enquiry: Record the initial discussion.');
  await expect(rows.getByRole('row', { name: /^3 Refused/ })).toContainText('stranger@example.ac.uk');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import 1 record' }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('link', { name: /DSH-2025-031/ }).first()).toBeVisible();
  await page.goto('/#/settings/import');
  await page.getByRole('button', { name: 'Undo the import of projects.xlsx' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is undone' })).toHaveText(
    'The import of projects.xlsx is undone: 1 record removed, 0 restored.',
  );
});

test('a password-protected workbook and an empty file are refused with a message saying what to do', async ({
  page,
}) => {
  await openApp(page, '/settings/import');
  const compound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0];
  const encryptionInfo = [...'EncryptionInfo'].flatMap((letter) => [letter.charCodeAt(0), 0]);
  await page.getByLabel(/Spreadsheet file/).setInputFiles({
    name: 'locked.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from([...compound, ...encryptionInfo]),
  });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByRole('alert')).toContainText('This workbook is protected with a password');
  await page
    .getByLabel(/Spreadsheet file/)
    .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByRole('alert')).toContainText('The file is empty');
  await expectNoAxeViolations(page);
});
