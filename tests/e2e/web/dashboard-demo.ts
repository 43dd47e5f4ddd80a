/**
 * Helpers of the dashboard and reports specs: load the demo data through Settings, read the stored rows
 * straight from IndexedDB (no app code), watch for CSP violations, and read what a chart draws.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Every row of the named stores, read with plain IndexedDB in the page. */
export async function readStores<T extends string>(
  page: Page,
  stores: readonly T[],
): Promise<Record<T, Row[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, Row[]>>((resolve, reject) => {
        const open = indexedDB.open('dsh-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readonly');
          const result: Record<string, Row[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (result[name] = request.result as Row[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...stores],
  ) as Promise<Record<T, Row[]>>;
}

/** A stored record, loosely typed: the specs read only the fields they count by. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;

/**
 * zod 4 probes once whether `new Function` is allowed (to compile fast parsers); under the app's CSP the
 * probe is refused and caught, but the browser still reports it. It is not a style or resource the page
 * failed to load, so it is set aside here (`z.config({ jitless: true })` at start-up would stop the probe).
 */
const ZOD_EVAL_PROBE = /^script-src(-elem)? eval$|unsafe-eval/;

/** Leaves out the zod probe's report (see above). */
export function withoutZodProbe(messages: readonly string[]): string[] {
  return messages.filter((message) => !ZOD_EVAL_PROBE.test(message));
}

/** Records every Content-Security-Policy violation of the page (install before `openApp`). */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** Today in London as `yyyy-MM-dd` (the day the app judges deadlines on). */
export function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** `day` plus `days`, in whole calendar days. */
export function plusDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `day` plus whole months; a day missing from the target month becomes its last day. */
export function plusMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The text of each cell of a report table (`data-report-table`), by column heading. */
export async function readReportTable(page: Page, id: string): Promise<Record<string, string>[]> {
  return page.locator(`table[data-report-table="${id}"]`).evaluate((table) => {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    return [...table.querySelectorAll('tbody tr')].map((tr) =>
      Object.fromEntries([...tr.children].map((cell, i) => [headers[i], cell.textContent ?? ''])),
    );
  });
}

/** The value labels a chart draws, one list per series, in drawing order (empty labels left out). */
export async function chartLabels(page: Page, selector: string): Promise<string[][]> {
  await expect(page.locator(`${selector} svg.recharts-surface[role="img"]`).first()).toBeVisible();
  return page
    .locator(selector)
    .first()
    .evaluate((root) =>
      [...root.querySelectorAll('.recharts-label-list')].map((list) =>
        [...list.querySelectorAll('text')]
          .map((text) => text.textContent ?? '')
          .filter((text) => text !== ''),
      ),
    );
}
