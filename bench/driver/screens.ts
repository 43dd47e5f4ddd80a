/** Runs the screen scenarios in the app's page, and their raw-IndexedDB floors in the bench page. */
import type { Page } from '@playwright/test';
import path from 'node:path';
import type { Condition, DataSetInfo } from '../bench-api';
import { BLANK, type FloorSpec, type Scenario } from '../scenarios';
import type { ScaleSpec } from '../scales';
import { bench, probe } from './browser';
import { judged, notMeasured, type Figure } from './figures';
import { summarise } from './stats';

/** Where the run happens: the app's page (with the probe), the bench page, the data set and the scale. */
export interface ScreenContext {
  app: Page;
  benchPage: Page;
  info: DataSetInfo;
  scale: ScaleSpec;
}

const MB = 1024 * 1024;

/** What the page shows, in a few words, for a "not measured" reason. */
async function whatShows(app: Page): Promise<string> {
  const text = await app.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: { querySelector(s: string): { textContent: string | null } | null };
      }
    ).document;
    return (doc.querySelector('main') ?? doc.querySelector('body'))?.textContent ?? '';
  });
  return text.replace(/\s+/g, ' ').trim().slice(0, 140);
}

function describeUntil(until: Condition[]): string {
  return until
    .map((c) => c.selector + (c.text ? ` ~ /${c.text}/` : '') + (c.noText ? ` without /${c.noText}/` : ''))
    .join(' and ');
}

async function toBlank({ app, scale }: ScreenContext): Promise<void> {
  const ms = await probe(app, 'navigate', `#${BLANK.route}`, BLANK.until, scale.screenTimeoutMs);
  if (ms === undefined) throw new Error('The blank page between runs did not show: is the app running?');
}

async function open(ctx: ScreenContext, route: string, until: Condition[]): Promise<number | undefined> {
  await toBlank(ctx);
  return probe(ctx.app, 'navigate', `#${route}`, until, ctx.scale.screenTimeoutMs);
}

/** Times a floor read (warm-up, then runs); a floor per parameter set when several are given. */
async function timeFloor(
  ctx: ScreenContext,
  spec: FloorSpec | undefined,
  paramSets?: Record<string, string>[],
) {
  if (!spec) return undefined;
  const sets = paramSets ?? [spec.params?.(ctx.info) ?? {}];
  const samples: number[] = [];
  const dexie: number[] = [];
  for (const params of sets) {
    for (let i = 0; i < ctx.scale.warmUp + ctx.scale.runs; i++) {
      const floor = await bench(ctx.benchPage, 'floor', { read: spec.read, params });
      const viaDexie = await bench(ctx.benchPage, 'dexie', { read: spec.read, params });
      if (i < ctx.scale.warmUp) continue;
      samples.push(floor.ms);
      if (viaDexie) dexie.push(viaDexie.ms);
    }
  }
  return { floor: summarise(samples), dexie: dexie.length ? summarise(dexie) : undefined };
}

async function heapMB(app: Page): Promise<number> {
  return (await probe(app, 'heap')) / MB;
}

function base(s: Scenario, label = s.label, target = s.target) {
  return { id: s.id, section: 'Screens' as const, label, unit: 'ms' as const, target };
}

/** Opens the screen repeatedly from the blank page. */
async function runScreen(ctx: ScreenContext, s: Scenario): Promise<Figure[]> {
  const route = s.route(ctx.info);
  const samples: number[] = [];
  let runs = ctx.scale.runs;
  for (let i = 0; i < ctx.scale.warmUp + runs; i++) {
    const ms = await open(ctx, route, s.until);
    if (ms === undefined) {
      const shows = await whatShows(ctx.app);
      return [
        notMeasured(
          base(s),
          `#${route} did not show ${describeUntil(s.until)} within ${ctx.scale.screenTimeoutMs / 1000} s ` +
            `(the page shows: "${shows}")`,
        ),
      ];
    }
    if (i === 0 && ms > ctx.scale.slowScreenMs) runs = Math.min(runs, ctx.scale.slowRuns);
    if (i >= ctx.scale.warmUp) samples.push(ms);
  }
  const heap = await heapMB(ctx.app);
  const floors = await timeFloor(ctx, s.floor);
  const note = runs < ctx.scale.runs ? `slow: measured ${runs} times` : undefined;
  return [
    judged({ ...base(s), value: summarise(samples), ...floors, heapMB: heap, ...(note ? { note } : {}) }),
  ];
}

/** Types the search one key at a time: the keystroke itself, and the results after the typing pause. */
async function runSearch(ctx: ScreenContext, s: Extract<Scenario, { kind: 'search' }>): Promise<Figure[]> {
  const route = s.route(ctx.info);
  const text = s.text(ctx.info);
  const keystrokeBase = base(s, `${s.label}: each keystroke (input → screen updated)`, s.keystrokeTarget);
  const resultBase = base(s, `${s.label}: results of each keystroke (search applied → rows)`);
  resultBase.id = `${s.id}-results`;
  keystrokeBase.id = `${s.id}-keystroke`;
  if ((await open(ctx, route, s.until)) === undefined) {
    const why = `#${route} did not show ${describeUntil(s.until)} (the page shows: "${await whatShows(ctx.app)}")`;
    return [notMeasured(keystrokeBase, why), notMeasured(resultBase, why)];
  }
  const keystrokes: number[] = [];
  const results: (number | undefined)[] = [];
  for (let i = 0; i < ctx.scale.warmUp + ctx.scale.runs; i++) {
    const typed = await probe(
      ctx.app,
      'typeSearch',
      s.input,
      text,
      s.results,
      ctx.scale.screenTimeoutMs,
    ).catch((error: Error) => error);
    if (typed instanceof Error)
      return [notMeasured(keystrokeBase, typed.message), notMeasured(resultBase, typed.message)];
    await probe(ctx.app, 'clearSearch', s.input, s.until, ctx.scale.screenTimeoutMs);
    if (i < ctx.scale.warmUp) continue;
    keystrokes.push(...typed.keystrokeMs);
    results.push(...typed.resultMs);
  }
  const heap = await heapMB(ctx.app);
  const prefixes = Array.from({ length: text.length }, (_, i) => ({ text: text.slice(0, i + 1) }));
  const floors = await timeFloor(ctx, s.floor, prefixes);
  const missing = results.filter((r) => r === undefined).length;
  const resultFigure: Figure =
    missing === results.length
      ? notMeasured(resultBase, `no search result showed ${describeUntil(s.results)} within the time allowed`)
      : judged({
          ...resultBase,
          value: summarise(results),
          ...floors,
          heapMB: heap,
          ...(missing ? { note: `${missing} of ${results.length} results did not show in time` } : {}),
        });
  return [
    judged({ ...keystrokeBase, value: summarise(keystrokes), heapMB: heap, note: `typing "${text}"` }),
    resultFigure,
  ];
}

/** Scrolls the virtual list from the top to its last row. */
async function runScroll(ctx: ScreenContext, s: Scenario): Promise<Figure[]> {
  const route = s.route(ctx.info);
  if ((await open(ctx, route, s.until)) === undefined) {
    return [notMeasured(base(s), `#${route} did not show ${describeUntil(s.until)}`)];
  }
  const samples: number[] = [];
  for (let i = 0; i < ctx.scale.warmUp + ctx.scale.runs; i++) {
    await probe(ctx.app, 'scrollToTop');
    await probe(ctx.app, 'waitFor', s.until, ctx.scale.screenTimeoutMs);
    const ms = await probe(ctx.app, 'scrollToEnd', ctx.scale.screenTimeoutMs);
    if (ms === undefined)
      return [notMeasured(base(s), 'the last row ([aria-rowcount] / [aria-rowindex]) never rendered')];
    if (i >= ctx.scale.warmUp) samples.push(ms);
  }
  const heap = await heapMB(ctx.app);
  await probe(ctx.app, 'scrollToTop');
  return [
    judged({ ...base(s), value: summarise(samples), ...(await timeFloor(ctx, s.floor)), heapMB: heap }),
  ];
}

/** Opens the screen, then times an interaction on it (e.g. applying a filter). */
async function runAct(ctx: ScreenContext, s: Extract<Scenario, { kind: 'act' }>): Promise<Figure[]> {
  const route = s.route(ctx.info);
  const samples: number[] = [];
  for (let i = 0; i < ctx.scale.warmUp + ctx.scale.runs; i++) {
    if ((await open(ctx, route, s.until)) === undefined) {
      return [notMeasured(base(s), `#${route} did not show ${describeUntil(s.until)}`)];
    }
    const ms = await probe(ctx.app, 'act', s.steps(ctx.info), s.result, ctx.scale.screenTimeoutMs).catch(
      (error: Error) => error,
    );
    if (ms instanceof Error || ms === undefined) {
      const why = ms instanceof Error ? ms.message : `the result never showed ${describeUntil(s.result)}`;
      return [notMeasured(base(s), why)];
    }
    if (i >= ctx.scale.warmUp) samples.push(ms);
  }
  const heap = await heapMB(ctx.app);
  return [
    judged({ ...base(s), value: summarise(samples), ...(await timeFloor(ctx, s.floor)), heapMB: heap }),
  ];
}

/** Runs one scenario; a failure of the harness itself is reported as the scenario's reason, not thrown. */
export async function runScenario(ctx: ScreenContext, s: Scenario): Promise<Figure[]> {
  const skip = s.skip?.(ctx.info);
  if (skip) return [notMeasured(base(s), skip)];
  try {
    switch (s.kind) {
      case 'screen':
        return await runScreen(ctx, s);
      case 'search':
        return await runSearch(ctx, s);
      case 'scroll':
        return await runScroll(ctx, s);
      case 'act':
        return await runAct(ctx, s);
    }
  } catch (error) {
    return [notMeasured(base(s), `the harness failed: ${(error as Error).message.split('\n')[0]}`)];
  }
}

/**
 * `--screenshots`: opens the screen once more, saves it as it was when it counted as rendered, and says
 * whether its text still changed in the next two seconds (a sign that its condition holds too early).
 */
export async function checkRendered(
  app: Page,
  s: Scenario,
  info: DataSetInfo,
  scale: ScaleSpec,
): Promise<string> {
  const ctx = { app, benchPage: app, info, scale };
  const textLength = () =>
    app.evaluate(
      () =>
        (
          globalThis as unknown as {
            document: { querySelector(s: string): { textContent: string | null } | null };
          }
        ).document.querySelector('main')?.textContent?.length ?? 0,
    );
  if ((await open(ctx, s.route(info), s.until)) === undefined) return `${s.id}: did not render`;
  const before = await textLength();
  const file = path.join('bench', 'tmp', 'screens', `${s.id}.png`);
  await app.screenshot({ path: file, fullPage: true });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const after = await textLength();
  return before === after
    ? `${file}: as rendered (its text did not change afterwards)`
    : `${file}: its text still changed after it counted as rendered (${before} → ${after} characters): its condition may hold too early`;
}
