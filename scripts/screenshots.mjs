// Takes screenshots of the built app in Debian's Chromium, for looking at the UI and for docs/.
// Usage: node scripts/screenshots.mjs [outDir] [route ...]   (run `npm run build:renderer` first)
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const outDir = process.argv[2] ?? 'test-results/screenshots';
const routes = process.argv.slice(3);
const allRoutes = routes.length
  ? routes
  : ['/dashboard', '/projects', '/people', '/calendar', '/reports', '/settings'];

const server = await preview({ configFile: 'vite.config.mts', preview: { port: 4174, strictPort: true } });
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
  for (const route of allRoutes) {
    await page.goto(`http://127.0.0.1:4174/#${route}`);
    await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
    await page.locator('main h1').first().waitFor();
    const file = path.join(outDir, `${route.replace(/^\//, '').replace(/[^a-z0-9-]+/gi, '-') || 'home'}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
