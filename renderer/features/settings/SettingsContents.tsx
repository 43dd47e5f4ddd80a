/**
 * The list of Settings' sections at the top of the page. Buttons, not `#` links: in a hash router a
 * fragment link would change the route. Choosing one scrolls to the section and moves focus to its heading.
 */
import { Link } from 'react-router';

/** The contents list (`id` is a section element or its heading), and the settings that have pages of their own. */
export function SettingsContents({
  sections,
  pages,
}: {
  sections: readonly { id: string; title: string }[];
  pages: readonly { to: string; title: string }[];
}) {
  function go(id: string) {
    const target = document.getElementById(id);
    const heading =
      target?.matches('h2') === true ? target : (target?.querySelector<HTMLElement>('h2') ?? null);
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    // jsdom (unit tests) has no scrollIntoView.
    if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
  return (
    <nav className="settings-contents" aria-labelledby="settings-contents-heading">
      <h2 id="settings-contents-heading">On this page</h2>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <button type="button" className="button-link" onClick={() => go(section.id)}>
              {section.title}
            </button>
          </li>
        ))}
      </ul>
      <h2 id="settings-pages-heading">Settings with pages of their own</h2>
      <ul aria-labelledby="settings-pages-heading">
        {pages.map((page) => (
          <li key={page.to}>
            <Link to={page.to}>{page.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
