/**
 * Pages loaded on first visit: each route's page is its own chunk (with the libraries only it uses: charts,
 * the calendar, spreadsheets), so the first screen starts with the shell and the page it shows, not the whole app.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A lazily loaded page, and a way to start fetching its code before it is shown (a failure is left to the page). */
export type LazyPage<P> = LazyExoticComponent<ComponentType<P>> & { preload: () => void };

/**
 * A page whose code is fetched the first time its route is shown. `load` is a dynamic `import()` of the page's
 * module, picking the named export: `lazyPage(() => import('./X').then((m) => m.XPage))`.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  const page = lazy(async () => {
    try {
      return { default: await load() };
    } catch (error) {
      // The browser's own words ("Failed to fetch dynamically imported module") tell a user nothing; the
      // screen's error panel shows this instead, and the original stays in the console for support.
      // React keeps a failed load for the page's lifetime, so only a restart fetches the code again.
      console.error('A page could not be loaded', error);
      throw new Error(
        'The code of this screen could not be loaded from the application files. Restart DSH Desk; if this ' +
          'keeps happening, reinstall it.',
        { cause: error },
      );
    }
  });
  // The same module twice is fetched and run once: a preload leaves the page's import() nothing to wait for.
  return Object.assign(page, { preload: () => void load().catch(() => undefined) });
}

/**
 * What the page area shows while a page's code arrives: one status line, in the page area only, so the header
 * and the sections list stay where they are. It fades in after a moment (styles.css), so a fast load shows no flash.
 */
export function PageLoading() {
  return (
    <p role="status" className="page-loading">
      Opening the page…
    </p>
  );
}
