/** Builds what the benchmark serves: the app (out/renderer), the bench page (out/bench) and the probe. */
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

/**
 * Builds the app's renderer exactly as `npm run build:renderer` does; with `outDir`, an unminified copy
 * there instead (for readable profiles).
 */
export async function buildApp(outDir?: string): Promise<void> {
  await viteBuild({
    configFile: 'vite.config.mts',
    logLevel: 'warn',
    ...(outDir ? { build: { outDir: `../${outDir}`, emptyOutDir: true, minify: false } } : {}),
  });
}

/** Builds the bench page into out/bench. */
export async function buildBenchPage(): Promise<void> {
  await viteBuild({ configFile: 'bench/vite.bench.mts', logLevel: 'warn' });
}

/** The probe as one script for the app's page; `installProbe(firstScreen)` is called at its end. */
export async function probeScript(firstScreen: unknown): Promise<string> {
  const result = await esbuild({
    entryPoints: ['bench/page/probe.ts'],
    bundle: true,
    format: 'iife',
    globalName: '__dshProbeBundle',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.text;
  return `${code}\n__dshProbeBundle.installProbe(${JSON.stringify(firstScreen)});\n`;
}
