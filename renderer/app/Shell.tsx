/** The window's frame: the header, the sections sidebar and the current page. */
import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { PageLoading } from './lazy-page';
import { SECTIONS } from './sections';
import { useCurrentStaff } from './current-staff';
import { ConflictsNavItem } from '../features/team/ConflictsNavItem';
import { SyncStatusIndicator } from '../features/team/SyncStatusIndicator';
import { PaletteLauncher } from '../features/palette/PaletteLauncher';

/** Layout shared by every page. */
export function Shell() {
  const { pathname } = useLocation();
  const { staffMember, change } = useCurrentStaff();
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
        <span className="topbar-end">
          <PaletteLauncher />
          <SyncStatusIndicator />
          <span className="current-user">
            <span className="visually-hidden">Signed in as </span>
            {staffMember.name}
            <span className="current-user-role">
              {staffMember.role === 'manager' ? 'Manager' : 'Officer'}
            </span>
          </span>
          <button type="button" className="topbar-button" onClick={() => void change()}>
            Change user
          </button>
          <NavLink to="/help" className="topbar-button topbar-link">
            Help
          </NavLink>
        </span>
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
          <ConflictsNavItem />
        </ul>
      </nav>
      <main className="content" id="main">
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
