/**
 * `--profile`: a CPU profile of the app's page while each screen is measured (Chrome DevTools Protocol), saved
 * as bench/tmp/profiles/<screen>.cpuprofile (open it in Chrome DevTools → Performance) and summarised: where
 * the main thread's time went, by function, self time.
 */
import type { Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** The functions with the most self time, as "ms  name (file:line)". */
export function topFunctions(profile: CpuProfile, count = 15): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'}${file ? ` (${file}:${frame.lineNumber + 1})` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self]
    .filter(([key]) => key !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([key, ms]) =>
        `${ms.toFixed(0).padStart(6)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`,
    );
}

/** Profiles the page while `work` runs; saves the profile and returns the summary. */
export async function profiled<T>(
  page: Page,
  name: string,
  work: () => Promise<T>,
): Promise<{ result: T; top: string[] }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const top: string[] = []; // filled once the profile is stopped, after the work
  try {
    const result = await work();
    return { result, top };
  } finally {
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const dir = path.join('bench', 'tmp', 'profiles');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    await session.detach();
    top.push(...topFunctions(profile));
  }
}
