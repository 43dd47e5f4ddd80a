/** The heading of a page; it takes focus after navigation so screen readers announce the new page. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

interface PageHeaderProps {
  title: string;
  description?: string;
  actions?: ReactNode;
}

/** One h1 per page, with an optional line of context and actions on the right. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Every navigation (even to the page already shown) has a new key.
  const { key } = useLocation();
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [key]);
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
