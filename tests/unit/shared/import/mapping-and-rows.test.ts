import {
  guessMapping,
  mappingProblems,
  mappingToSave,
  unusedColumns,
} from '../../../../shared/import/mapping';
import { checkRows } from '../../../../shared/import/row-forms';
import type { Sheet } from '../../../../shared/import/sheet';
import { sheetFromTable } from '../../../../shared/import/sheet';

describe('guessing the column mapping', () => {
  const headers = ['Full name', 'E-Mail Address', 'Institution', 'Notes', 'Tel.'];

  it('matches headers by their usual names, ignoring case, accents and punctuation', () => {
    expect(guessMapping('people', headers)).toEqual({ name: 0, email: 1, organisation: 2, phone: 4 });
    expect(
      guessMapping('training', ['Researcher e-mail', 'Course', 'DSA completion date', 'Cert ref']),
    ).toEqual({
      email: 0,
      kind: 1,
      completedOn: 2,
      evidenceReference: 3,
    });
  });

  it('prefers the mapping remembered from the last import', () => {
    const saved = mappingToSave(headers, { name: 0, email: 1, organisation: 3 });
    expect(saved).toEqual({ name: 'Full name', email: 'E-Mail Address', organisation: 'Notes' });
    expect(guessMapping('people', headers, saved)).toMatchObject({ organisation: 3 });
  });

  it('names the required fields without a column, a column chosen twice, and the columns not imported', () => {
    expect(mappingProblems('people', headers, { name: 0, email: 0 })).toEqual([
      'Choose the column that holds organisation: it is required.',
      'The column “Full name” is chosen for more than one field.',
    ]);
    expect(unusedColumns(headers, guessMapping('people', headers))).toEqual(['Notes']);
  });
});

describe('checking the rows', () => {
  const people: Sheet = sheetFromTable([
    ['Name', 'E-mail', 'Organisation', 'Phone'],
    ['Zoë Ågren', 'Zoe.Agren@UCL.ac.uk', 'UCL', "'+44 20 7946 0000"],
    ['', 'nobody@ucl.ac.uk', 'UCL', ''],
    ['Eve', 'eve@ucl', 'UCL', ''],
    ['=HYPERLINK("http://evil","x")', 'h@ucl.ac.uk', 'UCL', ''],
    ['Mallory', 'm@ucl.ac.uk', '@SUM(1)', '+44 20 7946 0001'],
    ['Zoe again', 'zoe.agren@ucl.ac.uk', 'UCL', ''],
  ]);
  const mapping = { name: 0, email: 1, organisation: 2, phone: 3 };

  it('passes a good row through the person schema (e-mail lower-cased, an exported apostrophe dropped)', () => {
    expect(checkRows('people', people, mapping)[0]).toEqual({
      rowNumber: 2,
      ok: true,
      key: 'zoe.agren@ucl.ac.uk',
      form: {
        name: 'Zoë Ågren',
        email: 'zoe.agren@ucl.ac.uk',
        organisation: 'UCL',
        phone: '+44 20 7946 0000',
      },
    });
  });

  it('refuses each bad row with its row number, column, value and rule in words', () => {
    const [, missing, badEmail, formula, atSign, repeat] = checkRows('people', people, mapping);
    expect(missing).toEqual({
      rowNumber: 3,
      ok: false,
      issues: [{ rowNumber: 3, column: 'A (Name)', value: '', message: 'Name is required.' }],
    });
    expect(badEmail).toMatchObject({
      ok: false,
      issues: [
        {
          column: 'B (E-mail)',
          value: 'eve@ucl',
          message: 'E-mail address must look like name@example.ac.uk.',
        },
      ],
    });
    expect(formula).toMatchObject({
      ok: false,
      issues: [
        {
          column: 'A (Name)',
          message: expect.stringContaining('starts with “=”, so a spreadsheet would run it'),
        },
      ],
    });
    expect(atSign).toMatchObject({ ok: false, issues: [{ column: 'C (Organisation)', value: '@SUM(1)' }] });
    expect(repeat).toMatchObject({
      rowNumber: 7,
      ok: false,
      issues: [{ message: 'repeats row 2 (the same e-mail address): remove one of the two rows.' }],
    });
  });

  it('refuses a formula cell of a workbook, and a row under merged cells', () => {
    const sheet: Sheet = {
      headers: ['Name', 'E-mail', 'Organisation'],
      rows: [
        {
          rowNumber: 2,
          cells: [{ text: 'A' }, { text: 'a@x.ac.uk' }, { text: '3', number: 3, formula: '=1+2' }],
        },
        {
          rowNumber: 3,
          cells: [{ text: 'B' }, { text: 'b@x.ac.uk' }, { text: 'UCL' }],
          problem: 'Cells C3:C4 are merged.',
        },
      ],
    };
    const [formula, merged] = checkRows('people', sheet, { name: 0, email: 1, organisation: 2 });
    expect(formula).toMatchObject({
      ok: false,
      issues: [
        {
          value: '=1+2',
          message:
            'is a formula (=1+2). DSH Desk never calculates formulas: replace it with the value itself.',
        },
      ],
    });
    expect(merged).toMatchObject({
      ok: false,
      issues: [{ rowNumber: 3, column: '', message: 'Cells C3:C4 are merged.' }],
    });
  });

  it('reads training rows: the course in the team’s words, UK dates, and the schema’s rules', () => {
    const training = sheetFromTable([
      ['E-mail', 'Course', 'Completed', 'Expires', 'Certificate'],
      ['a@x.ac.uk', 'NHS Data Security Awareness', '6 Dec 2026', '06/12/2027', 'DSA-1'],
      ['a@x.ac.uk', 'First aid', '06/12/2026', '', ''],
      ['a@x.ac.uk', 'DSA', '31/02/2026', '', 'DSA-2'],
      ['a@x.ac.uk', 'NHS DSA Level 1 training', '06/12/2026', '', ''],
    ]);
    const [good, course, date, evidence] = checkRows('training', training, {
      email: 0,
      kind: 1,
      completedOn: 2,
      expiresOn: 3,
      evidenceReference: 4,
    });
    expect(good).toMatchObject({
      ok: true,
      form: {
        email: 'a@x.ac.uk',
        kind: 'nhs-dsa-level-1',
        completedOn: '2026-12-06',
        expiresOn: '2027-12-06',
        evidenceReference: 'DSA-1',
      },
    });
    expect(course).toMatchObject({
      issues: [{ column: 'B (Course)', message: expect.stringContaining('not a course') }],
    });
    expect(date).toMatchObject({
      issues: [
        {
          column: 'C (Completed)',
          value: '31/02/2026',
          message: expect.stringContaining('Completion date is not a real calendar date'),
        },
      ],
    });
    expect(evidence).toMatchObject({
      issues: [{ message: 'Enter the certificate reference of the NHS DSA training.' }],
    });
  });
});
