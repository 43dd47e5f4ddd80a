/** Previous / Next through the pages of a long list or table, with where the officer is between them. */
import type { ReactNode } from 'react';

const COUNT = new Intl.NumberFormat('en-GB');

interface PagerProps {
  /** What is paged, for screen readers: "Pages of the register". */
  label: string;
  /** From 1. */
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** Where the officer is (default: "Page 2 of 14"). */
  children?: ReactNode;
}

/** The pager; nothing when everything fits on one page. */
export function Pager({ label, page, pages, onPage, children }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="button secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        Previous
      </button>
      <span>{children ?? `Page ${page} of ${COUNT.format(pages)}`}</span>
      <button
        type="button"
        className="button secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
