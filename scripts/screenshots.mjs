// Screenshots of the built app in Debian's Chromium: for looking at the UI, and for the README's docs/ images.
// Usage: node scripts/screenshots.mjs [--demo] [outDir] [route ...]   (run `npm run build:renderer` first)
//   --demo  signs in and loads the demo data first (through the UI, as an officer would).
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const args = process.argv.slice(2);
const demo = args.includes('--demo');
const [outDir = 'test-results/screenshots', ...routes] = args.filter((arg) => arg !== '--demo');
const allRoutes = routes.length
  ? routes
  : ['/dashboard', '/projects', '/people', '/calendar', '/reports', '/audit', '/settings'];

// Any free port, so several runs (and a running test server) never collide.
const server = await preview({ configFile: 'vite.config.mts', preview: { port: 0, strictPort: false } });
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: process.env.DSH_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  await page.goto(`${origin}/#/dashboard`);
  await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
  await page.getByLabel('Your name').fill('Helen Carter');
  await page.getByLabel('Work e-mail address').fill('h.carter@dsh.example.ac.uk');
  await page.getByRole('button', { name: 'Add me and continue' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  if (demo) {
    await page.goto(`${origin}/#/settings`);
    await page.getByRole('button', { name: 'Load demo data…' }).click();
    await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
    await page.getByText(/Demo data loaded/).waitFor();
  }
  for (const route of allRoutes) {
    await page.goto(`${origin}/#${route}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    const name = route.replace(/^\//, '').replace(/[^a-z0-9-]+/gi, '-') || 'home';
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
