// Screenshots of the built app in Debian's Chromium: for looking at the UI, and for the README's docs/ images.
// Usage: node scripts/screenshots.mjs [--demo] [outDir] [route ...]   (run `npm run build:renderer` first)
//   --demo  signs in and loads the demo data first (through the UI, as an officer would).
//   --docs  the README's pictures: the projects register and a project page with demo data, as small PNGs
//           in docs/ (`npm run docs:screenshots` builds the renderer first).
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const args = process.argv.slice(2);
const docs = args.includes('--docs');
const demo = docs || args.includes('--demo');
const [outDir = docs ? 'docs' : 'test-results/screenshots', ...routes] = args.filter(
  (arg) => !arg.startsWith('--'),
);
const allRoutes = routes.length
  ? routes
  : ['/dashboard', '/projects', '/people', '/calendar', '/reports', '/certificates', '/audit', '/settings'];

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

/** Waits until the page's heading is shown and nothing is still loading. */
async function settled(page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Runs in the page (the app's CSP allows no string eval, so a function, with the page's `document`).
  await page.waitForFunction(
    (busy) => !new RegExp(busy).test(globalThis.document.querySelector('main')?.textContent ?? ''),
    'Loading|Reading the|Working out what|Gathering the|Checking the audit',
  );
}

try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage({
    viewport: docs ? { width: 1200, height: 760 } : { width: 1280, height: 800 },
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
    await page.getByText(/Demo data loaded/).waitFor({ timeout: 60_000 });
  }
  if (docs) {
    // The register, then the first project at Set Up opened from it: its gate has something to say.
    await page.goto(`${origin}/#/projects`);
    await settled(page);
    await page.screenshot({ path: path.join(outDir, 'register.png') });
    console.log(`wrote ${path.join(outDir, 'register.png')}`);
    await page.goto(`${origin}/#/projects?stage=setup`);
    await settled(page);
    await page.locator('tr.register-row a.reference-link').first().click();
    // The project page loads lazily: until it is drawn, the register's heading is still the one on screen.
    await page.waitForURL(/#\/projects\/[^?]+$/);
    await page
      .locator('main h1')
      .filter({ hasNotText: /^Projects$/ })
      .first()
      .waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(outDir, 'project.png') });
    console.log(`wrote ${path.join(outDir, 'project.png')}`);
  } else {
    for (const route of allRoutes) {
      await page.goto(`${origin}/#${route}`);
      await settled(page);
      const name = route.replace(/^\//, '').replace(/[^a-z0-9-]+/gi, '-') || 'home';
      const file = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
    }
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
