/**
 * A table of records as every list screen draws it: a caption for screen readers, its column headings, an
 * optional last column of buttons (named "Actions" for screen readers only), and a wrapper that lets a wide
 * table scroll sideways inside its panel instead of widening the page.
 */
import type { ReactNode } from 'react';

interface DataTableProps {
  /** What the table lists, read by screen readers (hidden on screen); none where a heading names it. */
  caption?: ReactNode;
  /** The column headings, in order (the buttons column excluded). */
  headings: readonly string[];
  /** A last column of buttons, its heading ("Actions", or the words given) hidden on screen. */
  actions?: boolean | string;
  /** Classes of the table besides `data-table`. */
  className?: string;
  /** Classes of the scrolling wrapper besides `table-scroll`; `false` for none (a table inside a narrow cell). */
  scroll?: string | boolean;
  /** The rows. */
  children: ReactNode;
}

/** The table, its caption and headings; `children` are its body rows. */
export function DataTable({
  caption,
  headings,
  actions = false,
  className,
  scroll = true,
  children,
}: DataTableProps) {
  const table = (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
          {actions && (
            <th scope="col">
              <span className="visually-hidden">{actions === true ? 'Actions' : actions}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (scroll === false) return table;
  return (
    <div className={typeof scroll === 'string' ? `table-scroll ${scroll}` : 'table-scroll'}>{table}</div>
  );
}
