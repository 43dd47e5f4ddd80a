/** How Debian's Chromium is launched on these machines (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.DSH_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the browser tests serve the built renderer (DSH_E2E_PORT moves it, e.g. to run two suites at once). */
export const E2E_PORT = Number(process.env.DSH_E2E_PORT ?? 4173);
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
