/**
 * Reading an NHS Data Security Awareness certificate from its text (the PDF's text, read by main): whose it
 * is, which course, and when it was completed. Certificates from the NHS e-learning platforms say these in
 * a few set phrases ("This is to certify that … has completed", "Date completed: 06/12/2026"); anything DSH
 * Desk cannot find is said, never guessed.
 */
import { parseTypedDate, type IsoDate } from '../dates';
import { HONORIFICS, searchWords } from './person-names';

/** What a certificate says, or what could not be found in it. */
export type DsaCertificateReading =
  | { status: 'read'; name: string; course: string; completedOn: IsoDate; reference?: string }
  | { status: 'unreadable'; missing: string[] };

const COURSE = /data\s+security\s+awareness(?:\s*[-–—:(]?\s*level\s*1\)?)?/i;
const NAME_MARKERS = [
  /certify\s+that\s*:?/i,
  /(?:awarded|presented|issued)\s+to\s*:?/i,
  /(?:learner|candidate|participant)?\s*name\s*:/i,
];
// What follows a name on the same line ("Jane Smith has successfully completed …").
const AFTER_NAME = /\s+(?:has|have)\s+(?:successfully\s+)?(?:completed|passed|attended).*$/i;
const DAY_MONTH_YEAR =
  /\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\b/g;
const COMPLETION = /(complet|passed|achieved|awarded\s+on|date)/i;
const REFERENCE =
  /(?:certificate\s*(?:number|no\.?|id|reference|ref\.?)|reference|ref\.?)\s*[:#]?\s*([A-Z0-9][A-Z0-9/-]{3,40})/i;

/** The name, course, completion date (and reference, if printed) of a DSA certificate's text. */
export function readDsaCertificate(text: string): DsaCertificateReading {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const course = COURSE.exec(lines.join(' '))?.[0];
  const name = nameIn(lines);
  const completedOn = completionDateIn(lines);
  const missing = [
    ...(course ? [] : ['the course (Data Security Awareness)']),
    ...(name ? [] : ['whose certificate it is']),
    ...(completedOn ? [] : ['the completion date']),
  ];
  if (!course || !name || !completedOn) return { status: 'unreadable', missing };
  const reference = REFERENCE.exec(lines.join('\n'))?.[1];
  return {
    status: 'read',
    name,
    course: course.replace(/\s+/g, ' '),
    completedOn,
    ...(reference ? { reference } : {}),
  };
}

/** The name after the first marker: on the marker's line, or on the next line. */
function nameIn(lines: readonly string[]): string | undefined {
  for (const marker of NAME_MARKERS) {
    for (let at = 0; at < lines.length; at += 1) {
      const found = marker.exec(lines[at]!);
      if (!found) continue;
      const rest = lines[at]!.slice(found.index + found[0].length).trim();
      const candidate = (rest !== '' ? rest : (lines[at + 1] ?? '')).replace(AFTER_NAME, '').trim();
      if (candidate !== '' && !COURSE.test(candidate) && /\p{L}/u.test(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The date on a line that speaks of completion; else the only date in the text. */
function completionDateIn(lines: readonly string[]): IsoDate | undefined {
  const datesOf = (line: string) =>
    [...line.matchAll(DAY_MONTH_YEAR)]
      .map((match) => parseTypedDate(asTyped(match[1]!)))
      .filter((day): day is IsoDate => day !== undefined);
  for (let at = 0; at < lines.length; at += 1) {
    if (!COMPLETION.test(lines[at]!)) continue;
    // "Date completed:" with the date on the line below, as some certificates lay it out.
    const day = datesOf(lines[at]!)[0] ?? datesOf(lines[at + 1] ?? '')[0];
    if (day) return day;
  }
  const all = [...new Set(lines.flatMap(datesOf))];
  return all.length === 1 ? all[0] : undefined;
}

/** A date as printed, in a form parseTypedDate reads: "6th Dec. 2026" → "6 Dec 2026", "06.12.2026" → "06/12/2026". */
function asTyped(printed: string): string {
  if (/^\d{4}-/.test(printed)) return printed;
  if (/[A-Za-z]/.test(printed.replace(/^(\d+)(st|nd|rd|th)/i, '$1'))) {
    return printed.replace(/^(\d+)(st|nd|rd|th)/i, '$1').replace(/[.,]/g, ' ');
  }
  return printed.replace(/[.-]/g, '/');
}

/**
 * Whether a certificate's name is this person's: the same words, titles and accents aside, in any order
 * ("SMITH, Jane" is Jane Smith), or the same first and last names when one of them gives a middle name.
 */
export function isSameName(certificateName: string, personName: string): boolean {
  const words = (name: string) => {
    const all = searchWords(name.replace(/,/g, ' '));
    while (all.length > 1 && HONORIFICS.includes(all[0]!.replace(/\.$/, ''))) all.shift();
    return all;
  };
  const a = words(certificateName);
  const b = words(personName);
  if (a.length === 0 || b.length === 0) return false;
  if ([...a].sort().join(' ') === [...b].sort().join(' ')) return true;
  return a[0] === b[0] && a.at(-1) === b.at(-1);
}
