/** The heading of a page; it takes focus after navigation so screen readers announce the new page. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigationType } from 'react-router';

interface PageHeaderProps {
  title: string;
  description?: string;
  actions?: ReactNode;
}

/** One h1 per page, with an optional line of context and actions on the right. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shownAt = useRef<{ pathname: string; search: string } | null>(null);
  // Every navigation (even a click on the link of the page already shown) has a new key, and takes focus to
  // the heading. The exception: a page that keeps its own state in the address (a register's search and
  // filters, a project's tab) REPLACEs only the query — focus must stay where the officer is typing.
  const { key, pathname, search } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    const before = shownAt.current;
    shownAt.current = { pathname, search };
    const onlyQueryChanged =
      before !== null &&
      navigationType === 'REPLACE' &&
      before.pathname === pathname &&
      before.search !== search;
    if (!onlyQueryChanged) heading.current?.focus({ preventScroll: true });
  }, [key, pathname, search, navigationType]);
  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {description && <p className="page-description">{description}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
