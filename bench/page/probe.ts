/**
 * The probe the driver injects into the app's own page (an init script, before the app's scripts run): it
 * times screens from inside the page with performance.now(), so no round trip to the driver is counted.
 *
 * A screen counts as rendered when every condition holds (checked on each DOM mutation) and the browser has
 * laid it out (a forced layout is included). Paint is not: it waits on the display's frame clock, which would
 * add up to 16 ms of noise to every figure.
 */
import type { Condition, StartTimes, Step } from '../bench-api';

const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  characterData: true,
};

function holds(condition: Condition): boolean {
  const element = document.querySelector(condition.selector);
  if (!element) return false;
  const text = element.textContent ?? '';
  if (condition.text !== undefined && !new RegExp(condition.text).test(text)) return false;
  if (condition.noText !== undefined && new RegExp(condition.noText).test(text)) return false;
  return condition.absent === undefined || document.querySelector(condition.absent) === null;
}

const allHold = (until: Condition[]) => until.every(holds);

function layout(): void {
  void document.body.getBoundingClientRect();
}

/**
 * Resolves with the time from `t0` until `until` holds, or undefined after `timeoutMs`. With
 * `mustChange`, the conditions must first be seen NOT to hold (so the previous screen's state never counts).
 */
function timeUntil(
  until: Condition[],
  t0: number,
  timeoutMs: number,
  { mustChange = false, onMutation }: { mustChange?: boolean; onMutation?: () => void } = {},
): Promise<number | undefined> {
  return new Promise((resolve) => {
    let seenFalse = !mustChange;
    let finished = false;
    const finish = (value: number | undefined) => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const check = () => {
      onMutation?.();
      if (!allHold(until)) {
        seenFalse = true;
        return;
      }
      if (!seenFalse) return;
      layout();
      finish(performance.now() - t0);
    };
    const observer = new MutationObserver(check);
    observer.observe(document, OBSERVED);
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    if (!mustChange) check();
    else if (!allHold(until)) seenFalse = true;
  });
}

/** When each history entry was written (the register applies its search with replaceState). */
const historyWrites: { at: number; url: string }[] = [];
for (const method of ['pushState', 'replaceState'] as const) {
  const original = history[method].bind(history);
  history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
    original(data, unused, url);
    historyWrites.push({ at: performance.now(), url: String(url ?? location.href) });
  };
}

function searchParamOf(url: string, name: string): string | null {
  const hash = url.includes('#') ? url.slice(url.indexOf('#') + 1) : url;
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get(name);
}

/** Resolves when a history write set `?name=value`, with its time; undefined after `timeoutMs`. */
function historyWriteOf(
  name: string,
  value: string,
  since: number,
  timeoutMs: number,
): Promise<number | undefined> {
  return new Promise((resolve) => {
    const deadline = performance.now() + timeoutMs;
    const poll = () => {
      const write = historyWrites.find(
        (entry) => entry.at >= since && searchParamOf(entry.url, name) === value,
      );
      if (write) resolve(write.at);
      else if (performance.now() > deadline) resolve(undefined);
      else setTimeout(poll, 1);
    };
    poll();
  });
}

const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

/** Sets an input's value as typing does, so React's onChange sees it. */
function typeInto(input: HTMLInputElement, value: string): void {
  valueSetter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The control a visible label names (its `for`), as an officer finds it. */
function controlLabelled(label: string): HTMLInputElement | HTMLSelectElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label));
  const control = found?.htmlFor
    ? document.getElementById(found.htmlFor)
    : found?.querySelector('input, select');
  if (!control) throw new Error(`No control is labelled "${label}".`);
  return control as HTMLInputElement | HTMLSelectElement;
}

/** Does one step; the last step's time is where an interaction's timing starts. */
function perform(step: Step): void {
  if ('click' in step) {
    const target = document.querySelector<HTMLElement>(step.click);
    if (!target) throw new Error(`Nothing to click matches ${step.click}.`);
    target.click();
    return;
  }
  const control = controlLabelled(step.label);
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')!.set!;
  setter.call(control, step.value);
  control.dispatchEvent(
    new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
}

const nextMicrotasks = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const startTimes: Pick<StartTimes, 'ready' | 'heading' | 'firstScreen'> = {
  ready: undefined,
  heading: undefined,
  firstScreen: undefined,
};

function navigationTimes(): Pick<StartTimes, 'htmlReceived' | 'domContentLoaded'> {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return {
    htmlReceived: entry?.responseEnd || undefined,
    domContentLoaded: entry?.domContentLoadedEventEnd || undefined,
  };
}

/** Installs the probe; `firstScreen` says when the first screen counts as shown. */
export function installProbe(firstScreen: Condition[]): void {
  const startObserver = new MutationObserver(() => {
    if (startTimes.ready === undefined && document.documentElement.dataset.appState === 'ready')
      startTimes.ready = performance.now();
    if (startTimes.heading === undefined && document.querySelector('main h1')) {
      layout();
      startTimes.heading = performance.now();
    }
    if (startTimes.firstScreen === undefined && allHold(firstScreen)) {
      layout();
      startTimes.firstScreen = performance.now();
    }
    if (Object.values(startTimes).every((t) => t !== undefined)) startObserver.disconnect();
  });
  startObserver.observe(document, OBSERVED);

  window.__dshProbe = {
    navigate(hash, until, timeoutMs) {
      if (location.hash === hash) return timeUntil(until, performance.now(), timeoutMs);
      const t0 = performance.now();
      const timing = timeUntil(until, t0, timeoutMs, { mustChange: true });
      location.hash = hash;
      return timing;
    },
    async act(steps, until, timeoutMs) {
      for (const step of steps.slice(0, -1)) {
        perform(step);
        await nextMicrotasks();
      }
      const t0 = performance.now();
      const timing = timeUntil(until, t0, timeoutMs, { mustChange: true });
      perform(steps.at(-1)!);
      return timing;
    },
    waitFor(until, timeoutMs) {
      return timeUntil(until, performance.now(), timeoutMs);
    },
    startTimes: () => ({ ...startTimes, ...navigationTimes() }),
    async typeSearch(selector, text, until, timeoutMs) {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`No search box matches ${selector}.`);
      input.focus();
      const keystrokeMs: number[] = [];
      const resultMs: (number | undefined)[] = [];
      for (let i = 1; i <= text.length; i++) {
        const typed = text.slice(0, i);
        const t0 = performance.now();
        const rendered = timeUntil(until, t0, timeoutMs, { mustChange: true });
        typeInto(input, typed);
        await Promise.resolve(); // React flushes the input's update in a microtask
        layout();
        keystrokeMs.push(performance.now() - t0);
        const appliedAt = await historyWriteOf('q', typed, t0, timeoutMs);
        const doneAfter = await rendered;
        resultMs.push(
          appliedAt === undefined || doneAfter === undefined ? undefined : t0 + doneAfter - appliedAt,
        );
        await nextMicrotasks();
      }
      return { keystrokeMs, resultMs };
    },
    async clearSearch(selector, until, timeoutMs) {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input || input.value === '') return;
      const rendered = timeUntil(until, performance.now(), timeoutMs, { mustChange: true });
      typeInto(input, '');
      await rendered;
    },
    scrollToEnd(timeoutMs) {
      const table = document.querySelector('[aria-rowcount]');
      if (!table) return Promise.resolve(undefined);
      const last = table.getAttribute('aria-rowcount');
      // A row counts once its record is read: the register's rows then hold a link.
      const lastRow: Condition = { selector: `[aria-rowindex="${last}"] a` };
      const toEnd = () => window.scrollTo(0, document.documentElement.scrollHeight);
      const t0 = performance.now();
      // The virtual list measures rows as they render, so the end may move: keep scrolling until it shows.
      const timing = timeUntil([lastRow], t0, timeoutMs, { onMutation: toEnd });
      toEnd();
      return timing;
    },
    scrollToTop: () => window.scrollTo(0, 0),
    heap() {
      window.gc?.();
      return performance.memory?.usedJSHeapSize ?? Number.NaN;
    },
  };
}
