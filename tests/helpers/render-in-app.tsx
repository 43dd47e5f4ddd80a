/**
 * Renders screens as the app does, for jest component tests: the app's services, a signed-in staff member and
 * a data router (forms use its blocker). The feature harnesses build their database and routes, then call this.
 */
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { StaffMember } from '../../shared/domain';
import { AppContext, type AppServices } from '../../renderer/app/app-context';
import { CurrentStaffContext } from '../../renderer/app/current-staff';
import type { Actor } from '../../renderer/db/write/context';

// jsdom has no fetch API, and a data router builds a Request for every navigation (it reads only its URL
// and signal when there are no loaders): a stand-in, so navigations complete.
if (typeof globalThis.Request === 'undefined') {
  class NavigationRequest {
    readonly url: string;
    readonly method: string;
    readonly signal: AbortSignal;
    constructor(input: string | URL, init: { method?: string; signal?: AbortSignal } = {}) {
      this.url = String(input);
      this.method = init.method ?? 'GET';
      this.signal = init.signal ?? new AbortController().signal;
    }
  }
  globalThis.Request = NavigationRequest as unknown as typeof Request;
}

/** What a screen is rendered in: the app's services, who is signed in, the routes and the first address. */
export interface InApp {
  services: AppServices;
  staffMember: StaffMember;
  actor: Actor;
  routes: RouteObject[];
  url: string;
}

/** A rendered screen and its router (to read or change the address). */
export type RenderedInApp = RenderResult & { router: ReturnType<typeof createMemoryRouter> };

/** Renders `routes` at `url` inside the app's services, signed in as `staffMember`. */
export function renderInApp({ services, staffMember, actor, routes, url }: InApp): RenderedInApp {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(
    <AppContext.Provider value={services}>
      <CurrentStaffContext.Provider value={{ staffMember, actor, change: () => Promise.resolve() }}>
        <RouterProvider router={router} />
      </CurrentStaffContext.Provider>
    </AppContext.Provider>,
  );
  return Object.assign(result, { router });
}
