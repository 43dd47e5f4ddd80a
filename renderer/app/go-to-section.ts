/** Moving to one section of a long settings page: scrolled to, and focus on its heading. */

/** The address of Settings opened at the section `id` (a link the first-run setup and hints use). */
export function settingsSectionPath(id: string): string {
  return `/settings?section=${encodeURIComponent(id)}`;
}

/** Scrolls to the section `id` (a section element or its heading) and moves focus to its heading. */
export function goToSection(id: string): boolean {
  const target = document.getElementById(id);
  const heading =
    target?.matches('h2') === true ? target : (target?.querySelector<HTMLElement>('h2') ?? null);
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  // jsdom (unit tests) has no scrollIntoView.
  if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
}
