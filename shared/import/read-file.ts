/**
 * Reading a chosen file as a sheet, by what its bytes are rather than its name: an .xlsx workbook is a zip,
 * a password-protected workbook (and an old .xls) is a compound file, anything else must be CSV text.
 */
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { MAX_IMPORT_BYTES, SheetFileError, type Sheet } from './sheet';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Whether the compound file holds an `EncryptionInfo` stream (its directory names are UTF-16). */
function isEncryptedWorkbook(bytes: Uint8Array): boolean {
  const name = [...'EncryptionInfo'].flatMap((letter) => [letter.charCodeAt(0), 0]);
  outer: for (let i = 0; i <= bytes.length - name.length; i += 1) {
    for (let j = 0; j < name.length; j += 1) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/** The sheet of a CSV or .xlsx file, or a SheetFileError saying in words why it cannot be read. */
export function readSheetFile(fileName: string, bytes: Uint8Array): Sheet {
  if (bytes.length === 0) {
    throw new SheetFileError('The file is empty. Choose the spreadsheet that holds the records.');
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new SheetFileError(
      `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than one import takes. Split it into several files.`,
    );
  }
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new SheetFileError(
      isEncryptedWorkbook(bytes)
        ? 'This workbook is protected with a password, so DSH Desk cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook), save it and choose it again.'
        : 'This is an old Excel file (.xls). Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then choose that file.',
    );
  }
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(fileName)) {
    throw new SheetFileError(
      'This file is named as a spreadsheet but is not one DSH Desk can read. Save it as “Excel Workbook (.xlsx)” or “CSV UTF-8” and choose it again.',
    );
  }
  return readCsv(bytes);
}
