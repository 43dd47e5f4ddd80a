/**
 * The list of Settings' sections at the top of the page. Buttons, not `#` links: in a hash router a
 * fragment link would change the route. Choosing one scrolls to the section and moves focus to its heading;
 * `/settings?section=<id>` opens the page there.
 */
import { Link } from 'react-router';
import { goToSection } from '../../app/go-to-section';

/** The contents list (`id` is a section element or its heading), and the settings that have pages of their own. */
export function SettingsContents({
  sections,
  pages,
}: {
  sections: readonly { id: string; title: string }[];
  pages: readonly { to: string; title: string }[];
}) {
  return (
    <nav className="settings-contents" aria-labelledby="settings-contents-heading">
      <h2 id="settings-contents-heading">On this page</h2>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <button type="button" className="button-link" onClick={() => goToSection(section.id)}>
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
