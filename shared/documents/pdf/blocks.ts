/**
 * What a DSH document is made of, independent of where lines and pages fall: a letterhead, headings and
 * subheadings, label–value rows, paragraphs, tables, numbered entries and a fingerprint. The renderer
 * draws exactly the text `documentText` lists, in that order, so a verifier can compare a PDF's printed
 * text with its record.
 */

/** A label and its value. */
export interface Field {
  label: string;
  value: string;
}

/** A column of a table: its header and its share of the width (the shares of a table add up to 1). */
export interface Column {
  header: string;
  share: number;
}

/** One part of a document. */
export type Block =
  | {
      kind: 'letterhead';
      organisation: string;
      /** Lines printed under the organisation's name (its address and contact); none when left out. */
      details?: string[];
      title: string;
      subtitle?: string;
    }
  | { kind: 'keyFacts'; facts: Field[] }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'fields'; rows: Field[] }
  | { kind: 'paragraph'; text: string; tone?: 'body' | 'strong' | 'small' }
  | { kind: 'table'; columns: Column[]; rows: string[][]; empty: string }
  | { kind: 'entries'; items: { text: string; detail: string }[]; empty: string }
  | { kind: 'fingerprint'; label: string; hex: string };

/** A whole document: its blocks and the words of its page furniture. */
export interface DocumentSpec {
  organisation: string;
  /** In every page's footer and atop continuation pages ("Certificate of Deletion · …"). */
  runningTitle: string;
  blocks: Block[];
}

/** A SHA-256 hex fingerprint in groups of eight characters, as printed. */
export function fingerprintGroups(hex: string): string[] {
  return hex.match(/.{1,8}/g) ?? [];
}

/** Every piece of text the document prints outside its page furniture, in the order it is drawn. */
export function documentText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'letterhead':
        return [
          block.organisation,
          ...(block.details ?? []),
          block.title,
          ...(block.subtitle ? [block.subtitle] : []),
        ];
      case 'keyFacts':
        return block.facts.flatMap((fact) => [fact.label, fact.value]);
      case 'heading':
      case 'subheading':
        return [block.text];
      case 'fields':
        return block.rows.flatMap((row) => [row.label, row.value]);
      case 'paragraph':
        return [block.text];
      case 'table':
        return block.rows.length === 0
          ? [block.empty]
          : [...block.columns.map((column) => column.header), ...block.rows.flat()];
      case 'entries':
        return block.items.length === 0
          ? [block.empty]
          : block.items.flatMap((item, index) => [`${index + 1}.`, item.text, item.detail]);
      case 'fingerprint':
        return [block.label, ...fingerprintGroups(block.hex)];
    }
  });
}
