/** Debian's Chromium, launched for measuring: a persistent profile (the database survives), heap figures on. */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { BenchApi, ProbeApi } from '../bench-api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/helpers/chromium';

/** The test suite's Chromium arguments, plus precise heap figures, gc(), and no throttling of other tabs. */
const BENCH_ARGS = [
  ...CHROMIUM_ARGS,
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Starts Chromium on `profileDir` (created if missing). */
export function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: BENCH_ARGS,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
}

type Awaited2<T> = T extends Promise<infer U> ? U : T;

async function invoke(page: Page, global: string, name: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ({ global, name, args }) => {
      const api = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[
        global
      ];
      if (!api) throw new Error(`${global} is not installed on this page.`);
      return api[name]!(...args);
    },
    { global, name, args },
  );
}

/** Calls a function of the bench page. */
export function bench<K extends keyof BenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited2<ReturnType<BenchApi[K]>>> {
  return invoke(page, '__dshBench', name, args) as Promise<Awaited2<ReturnType<BenchApi[K]>>>;
}

/** Calls a function of the probe in the app's page. */
export function probe<K extends keyof ProbeApi>(
  page: Page,
  name: K,
  ...args: Parameters<ProbeApi[K]>
): Promise<Awaited2<ReturnType<ProbeApi[K]>>> {
  return invoke(page, '__dshProbe', name, args) as Promise<Awaited2<ReturnType<ProbeApi[K]>>>;
}
