/**
 * Text made safe for an iCalendar TEXT value (RFC 5545 §3.3.11). The `ics` package escapes `\`, `;`, `,` and
 * `\n`, but passes a lone carriage return and every other control character through as they are; a calendar
 * program that breaks lines at a CR would then read what follows as a new property or a new event (a project
 * titled "x\rATTENDEE:…" or "x\rEND:VEVENT\rBEGIN:VEVENT…"). TEXT allows no control character but a tab, so
 * each line break becomes one `\n` (which `ics` escapes) and every other control character goes.
 */

// CR LF, a lone CR, and the Unicode line breaks some programs also honour (NEL, LS, PS): one line break each.
const LINE_BREAKS = /\r\n|[\r\u0085\u2028\u2029]/g;
// C0 controls but LF, DEL, and the C1 controls; a tab is allowed in TEXT but reads as a space in every program.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` with its line breaks as `\n` and no other control character (tabs become spaces). */
export function icsText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(CONTROLS, '');
}
