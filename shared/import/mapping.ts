/**
 * Which column of the file fills which field: a first guess from the headers, a mapping remembered from the
 * last import (by header text), and the columns left unused.
 */
import { SHAPE_FIELDS, foldHeader, type ImportShape } from './shapes';

/** For each field key, the zero-based column that fills it (absent: not imported). */
export type ColumnMapping = Record<string, number | undefined>;

/** A mapping as remembered between imports: field key → the header of its column. */
export type SavedMapping = Record<string, string>;

/** The guessed mapping: a remembered header first, then an exact alias, then a header that contains one. */
export function guessMapping(
  shape: ImportShape,
  headers: readonly string[],
  saved: SavedMapping = {},
): ColumnMapping {
  const folded = headers.map(foldHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  const claim = (key: string, index: number) => {
    if (index < 0 || taken.has(index) || mapping[key] !== undefined) return;
    mapping[key] = index;
    taken.add(index);
  };
  const fields = SHAPE_FIELDS[shape];
  for (const field of fields) {
    const header = saved[field.key];
    if (header !== undefined) claim(field.key, headers.indexOf(header));
  }
  for (const field of fields) {
    for (const alias of field.aliases) claim(field.key, folded.indexOf(alias));
  }
  for (const field of fields) {
    for (const alias of field.aliases) {
      claim(
        field.key,
        folded.findIndex((header, index) => !taken.has(index) && ` ${header} `.includes(` ${alias} `)),
      );
    }
  }
  return mapping;
}

/** The mapping to remember: each mapped field's header. */
export function mappingToSave(headers: readonly string[], mapping: ColumnMapping): SavedMapping {
  const saved: SavedMapping = {};
  for (const [key, index] of Object.entries(mapping)) {
    if (index !== undefined && headers[index] !== undefined) saved[key] = headers[index];
  }
  return saved;
}

/** What is wrong with a mapping before any row is read: a required field without a column, a column used twice. */
export function mappingProblems(
  shape: ImportShape,
  headers: readonly string[],
  mapping: ColumnMapping,
): string[] {
  const problems: string[] = [];
  for (const field of SHAPE_FIELDS[shape]) {
    if (field.required && mapping[field.key] === undefined) {
      problems.push(`Choose the column that holds ${field.label.toLowerCase()}: it is required.`);
    }
  }
  const used = Object.values(mapping).filter((index): index is number => index !== undefined);
  for (const index of new Set(used.filter((index, at) => used.indexOf(index) !== at))) {
    problems.push(`The column “${headers[index] ?? ''}” is chosen for more than one field.`);
  }
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    const first = seen.get(header);
    if (header !== '' && first !== undefined && used.includes(index)) {
      problems.push(`Two columns are named “${header}”: rename one so the mapping is clear.`);
    }
    seen.set(header, first ?? index);
  });
  return problems;
}

/** The headers no field uses (they are not imported). */
export function unusedColumns(headers: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping));
  return headers.filter((header, index) => !used.has(index) && header !== '');
}
