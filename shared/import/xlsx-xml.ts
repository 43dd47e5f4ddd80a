/**
 * The little XML reading an .xlsx sheet needs, by pattern rather than a DOM (shared/ has no DOMParser):
 * SpreadsheetML is machine-written and flat (rows of cells), so elements, attributes and entities are
 * enough. Namespace prefixes (`<x:row>`, written by some tools) are accepted.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML entities and character references replaced (`&amp;` → `&`, `&#233;` → `é`). */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The value of attribute `name` in an element's attribute text, decoded, or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : decodeXml(value);
}

/** One element found: its attribute text and its inner XML (undefined when self-closing). */
export interface XmlElement {
  attributes: string;
  inner: string | undefined;
}

/** Every `<tag …>…</tag>` or `<tag …/>` in `xml`, in order (not nested in one another). */
export function* elements(xml: string, tag: string): Generator<XmlElement> {
  const pattern = new RegExp(
    `<(?:[\\w.-]+:)?${tag}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:[\\w.-]+:)?${tag}>)`,
    'g',
  );
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    yield { attributes: match[1] ?? '', inner: match[2] };
  }
}

/** The first such element, or undefined. */
export function firstElement(xml: string, tag: string): XmlElement | undefined {
  return elements(xml, tag).next().value ?? undefined;
}

/** The text of every `<t>` in `xml` joined (a rich-text string has several runs); phonetic hints left out. */
export function textRuns(xml: string): string {
  const withoutPhonetics = xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let text = '';
  for (const run of elements(withoutPhonetics, 't')) text += decodeXml(run.inner ?? '');
  return text;
}

/** How many times `<tag` opens in `xml` (to count rows before reading them). */
export function countOpenings(xml: string, tag: string): number {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${tag}[\\s>/]`, 'g');
  let count = 0;
  while (pattern.exec(xml)) count += 1;
  return count;
}
