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
