import { trainingCsv, peopleCsv } from '../../../../shared/import/export-csv';
import { guessMapping } from '../../../../shared/import/mapping';
import { readSheetFile } from '../../../../shared/import/read-file';
import { checkRows } from '../../../../shared/import/row-forms';
import { aPerson, aTraining } from '../../../helpers/domain-fixtures';

describe('exporting people and training in the importer’s own columns', () => {
  it('reads back, every column mapped by itself, to the same people (a +44 phone survives its formula guard)', () => {
    const person = aPerson({ name: '=Not a formula', phone: '+44 20 7946 0000' });
    const sheet = readSheetFile('people.csv', peopleCsv([person]));
    const mapping = guessMapping('people', sheet.headers);
    expect(Object.keys(mapping).sort()).toEqual(['department', 'email', 'name', 'organisation', 'phone']);
    expect(checkRows('people', sheet, mapping)).toEqual([
      {
        rowNumber: 2,
        ok: true,
        key: person.email,
        form: {
          name: '=Not a formula',
          email: person.email,
          organisation: person.organisation,
          department: person.department,
          phone: '+44 20 7946 0000',
        },
      },
    ]);
  });

  it('writes UK dates and the course’s name, and reads back the same training', () => {
    const record = aTraining({
      completedOn: '2026-01-31',
      expiresOn: '2027-01-31',
      evidenceReference: 'DSA-9',
    });
    const bytes = trainingCsv([record], () => 'a.smith@example.ac.uk');
    expect(new TextDecoder().decode(bytes)).toContain('31/01/2026,31/01/2027,DSA-9');
    const sheet = readSheetFile('training.csv', bytes);
    const [row] = checkRows('training', sheet, guessMapping('training', sheet.headers));
    expect(row).toMatchObject({
      ok: true,
      form: {
        email: 'a.smith@example.ac.uk',
        kind: record.kind,
        completedOn: '2026-01-31',
        expiresOn: '2027-01-31',
      },
    });
  });
});
