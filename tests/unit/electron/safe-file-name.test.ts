import {
  MAX_NAME_BYTES,
  MAX_NAME_CHARACTERS,
  safeFileName,
  withExtension,
} from '../../../electron/services/safe-file-name';

describe('safe file names', () => {
  it.each([
    ['certificate DSH-CERT-2026-0007', 'pdf', 'certificate DSH-CERT-2026-0007.pdf'],
    ['bookings.csv', 'csv', 'bookings.csv'],
    ['Bookings.CSV', 'csv', 'Bookings.csv'],
    ['../x', 'pdf', 'x.pdf'],
    ['..\\x', 'pdf', 'x.pdf'],
    ['/etc/passwd', 'pdf', 'passwd.pdf'],
    ['C:\\Windows\\x', 'pdf', 'x.pdf'],
    ['C:x', 'pdf', 'Cx.pdf'],
    ['\\\\server\\share\\report', 'pdf', 'report.pdf'],
    ['CON', 'pdf', '_CON.pdf'],
    ['nul.txt', 'pdf', '_nul.txt.pdf'],
    ['com1.pdf', 'pdf', '_com1.pdf'],
    ['LPT9', 'csv', '_LPT9.csv'],
    ['aux .ics', 'ics', '_aux.ics'],
    ['console', 'pdf', 'console.pdf'],
    ['report. . .', 'pdf', 'report.pdf'],
    ['report   ', 'pdf', 'report.pdf'],
    ['report.pdf. ', 'pdf', 'report.pdf'],
    ['.hidden', 'csv', 'hidden.csv'],
    ['a\u0000b', 'pdf', 'ab.pdf'],
    ['tab\there\nnew', 'pdf', 'tabherenew.pdf'],
    ['what? <a>|"b":*', 'pdf', 'what ab.pdf'],
    ['Łukasz Wróbel – deletion', 'pdf', 'Łukasz Wróbel – deletion.pdf'],
    ['', 'pdf', 'untitled.pdf'],
    ['...', 'pdf', 'untitled.pdf'],
    ['.pdf', 'pdf', 'untitled.pdf'],
    ['../', 'zip', 'untitled.zip'],
    ['<>:"|?*', 'json', 'untitled.json'],
    ['CONIN$', 'pdf', '_CONIN$.pdf'],
    ['conout$.txt', 'csv', '_conout$.txt.csv'],
    ['COM0', 'pdf', '_COM0.pdf'],
    ['lpt0.pdf', 'pdf', '_lpt0.pdf'],
    ['COM¹', 'pdf', '_COM¹.pdf'],
    ['LPT³ .ics', 'ics', '_LPT³.ics'],
    ['CONIN$report', 'pdf', 'CONIN$report.pdf'],
    ['invoice\u202Efdp.exe', 'pdf', 'invoicefdp.exe.pdf'],
    ['report\u202E\u2066cod.\u2069scr', 'pdf', 'reportcod.scr.pdf'],
    ['\u200Fname\u200E \u202A\u202B\u202C\u202D\u2067\u2068\u061C', 'csv', 'name.csv'],
    ['CON\u202E', 'pdf', '_CON.pdf'],
    ['\u200B\u200C\u200D\u2060\uFEFF', 'pdf', 'untitled.pdf'],
    ['\u00A0\u2003\u3000 \u200B', 'csv', 'untitled.csv'],
    ['\u3164\u115F\u2800', 'pdf', 'untitled.pdf'],
    ['\u200B.\u200B.pdf', 'pdf', 'untitled.pdf'],
    ['\u202E\u202E', 'ics', 'untitled.ics'],
    ['\u00AD\u034F\u180E', 'pdf', 'untitled.pdf'],
  ] as const)('turns %j into %j', (suggested, kind, expected) => {
    expect(safeFileName(suggested, kind)).toBe(expected);
  });

  it('caps a 300-character name at 200 characters and keeps the extension', () => {
    const name = safeFileName('a'.repeat(300), 'pdf');
    expect(name).toHaveLength(MAX_NAME_CHARACTERS);
    expect(name).toBe(`${'a'.repeat(196)}.pdf`);
  });

  it('caps a long name in a multi-byte script by bytes, never splitting a character', () => {
    const name = safeFileName('Ω'.repeat(300), 'pdf');
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/^Ω+\.pdf$/);
    const emoji = safeFileName('🙂'.repeat(100), 'csv');
    expect(emoji).toMatch(/^(🙂)+\.csv$/u);
  });

  it('does not leave a trailing dot when the cut lands after one', () => {
    const name = safeFileName(`${'a'.repeat(195)}. bbbbbbbbbb`, 'pdf');
    expect(name).toBe(`${'a'.repeat(195)}.pdf`);
  });
});

describe('the extension of a chosen path', () => {
  it('is added when the user typed a name without it', () => {
    expect(withExtension('/home/officer/certificate', 'pdf')).toBe('/home/officer/certificate.pdf');
    expect(withExtension('/home/officer/certificate.txt', 'pdf')).toBe('/home/officer/certificate.txt.pdf');
  });

  it('is kept when it is already there, in any case', () => {
    expect(withExtension('/home/officer/certificate.PDF', 'pdf')).toBe('/home/officer/certificate.PDF');
  });
});
