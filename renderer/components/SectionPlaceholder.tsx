/** A section that has no records yet: its heading from the sidebar, and what it will hold. */
import type { ReactNode } from 'react';
import { SECTIONS } from '../app/sections';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

interface SectionPlaceholderProps {
  path: string;
  emptyTitle: string;
  children: ReactNode;
}

/** The page header of the section at `path` and an empty state explaining it. */
export function SectionPlaceholder({ path, emptyTitle, children }: SectionPlaceholderProps) {
  const section = SECTIONS.find((candidate) => candidate.path === path);
  if (!section) throw new Error(`No section is registered at ${path}.`);
  return (
    <>
      <PageHeader title={section.label} description={section.summary} />
      <EmptyState title={emptyTitle}>{children}</EmptyState>
    </>
  );
}
