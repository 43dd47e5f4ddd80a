/**
 * The spreadsheets the import figures bring in: a team's people and their training records, as CSV files
 * a DSH would export from the spreadsheets it kept before DSH Desk. Deterministic (the same files every run),
 * with what real files hold: quoted cells with commas, accented names, UK dates written two ways, phone
 * numbers with and without +44, empty optional cells, and headers in the team's own words.
 */
import { MAX_IMPORT_ROWS } from '../../shared/import/sheet';

const FIRST = ['Amara', 'Ben', 'Chloé', 'Dafydd', 'Ewa', 'Femi', 'Grace', 'Hamza', 'Isla', 'Jakub', 'Kiran'];
const LAST = [
  'Ågren',
  'Bell',
  'Chowdhury',
  "O'Neill",
  'Evans',
  'Fraser',
  'Górski',
  'Hughes',
  'Iqbal',
  'Jones',
];
const ORGS = [
  'University of Leeds',
  'Leeds Teaching Hospitals NHS Trust',
  'University of York, Department of Health Sciences',
  'Bradford Institute for Health Research',
];
const DEPARTMENTS = ['Population Health', 'School of Medicine', '', 'Leeds Institute of Data Analytics'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A CSV cell: quoted when it holds a comma, a quote or a line break (as Excel writes it). */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(cells: string[]): string {
  return cells.map(cell).join(',');
}

/** The e-mail address of person `i` (unique, so every row creates one person). */
function emailOf(i: number): string {
  return `researcher.${i}@leeds.example.ac.uk`;
}

/** A UK date, written as spreadsheets do: dd/mm/yyyy, or "6 Dec 2024" for every third row. */
function ukDate(year: number, month: number, day: number, asWords: boolean): string {
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return asWords ? `${day} ${MONTHS[month - 1]} ${year}` : `${dd}/${mm}/${year}`;
}

/** The people file: `count` researchers, one a row. */
export function peopleCsv(count: number): string {
  const rows = [line(['Full name', 'Email', 'Institution', 'Department', 'Telephone', 'Notes'])];
  for (let i = 0; i < count; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    const phone =
      i % 3 === 0 ? '' : i % 3 === 1 ? `+44 113 343 ${1000 + (i % 9000)}` : `0113 343 ${1000 + (i % 9000)}`;
    rows.push(
      line([
        name,
        emailOf(i),
        ORGS[i % ORGS.length]!,
        DEPARTMENTS[i % DEPARTMENTS.length]!,
        phone,
        'from the old register',
      ]),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/**
 * The training files: `perPerson` records of each of `people` researchers (their DSH environment induction,
 * then a yearly NHS DSA course with its certificate), split into files of at most the rows one import takes.
 */
export function trainingCsvs(people: number, perPerson: number): string[] {
  const header = line(['Researcher email', 'Course', 'Date completed', 'Expiry date', 'Certificate number']);
  const rows: string[] = [];
  for (let i = 0; i < people; i++) {
    for (let k = 0; k < perPerson; k++) {
      const year = 2026 - perPerson + k;
      const month = 1 + ((i + k) % 12);
      const day = 1 + (i % 28);
      const words = (i + k) % 3 === 0;
      rows.push(
        k === 0
          ? line([emailOf(i), 'DSH environment induction', ukDate(year, month, day, words), '', ''])
          : line([
              emailOf(i),
              'NHS Data Security Awareness Level 1',
              ukDate(year, month, day, words),
              ukDate(year + 1, month, day, words),
              `DSA-${year}-${String(i).padStart(6, '0')}-${k}`,
            ]),
      );
    }
  }
  const files: string[] = [];
  for (let i = 0; i < rows.length; i += MAX_IMPORT_ROWS)
    files.push(`${[header, ...rows.slice(i, i + MAX_IMPORT_ROWS)].join('\r\n')}\r\n`);
  return files;
}
