/** The window's frame: the header, the sections sidebar and the current page. */
import { NavLink, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { SECTIONS } from './sections';

/** Layout shared by every page. */
export function Shell() {
  const { pathname } = useLocation();
  return (
    <div className="shell">
      <button
        type="button"
        className="skip-link"
        onClick={() => document.querySelector<HTMLElement>('main h1')?.focus()}
      >
        Skip to content
      </button>
      <header className="topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            D
          </span>
          DSH Desk
        </span>
        <span className="topbar-subtitle">Data Safe Haven project desk</span>
      </header>
      <nav className="sidebar" aria-label="Sections">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <NavLink to={section.path} className="nav-link">
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="main">
        <ErrorBoundary resetKey={pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
    </div>
  );
}
