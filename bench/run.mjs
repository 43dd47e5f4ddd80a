// `npm run bench`: the DSH Desk benchmark. Bundles the driver (bench/driver/*.ts) with esbuild and runs it.
// Usage: node bench/run.mjs [--scale tiny|full|0.1] [--reuse] [--no-app-build] [--out dir] [--only ids] [--skip ids] [--port n] [--profile] [--screenshots] [--sync-full] [--cold-loads n] [--import-people n]
//   --scale          tiny (seconds; part of the test command), full (DESIGN.md's scale; ~15 minutes), or a fraction
//   --reuse          keep the database loaded by the last run at this scale (bench/tmp/profile-<scale>)
//   --no-app-build   measure the app already built in out/renderer
//   --out            where results.json and RESULTS.md go (default: bench/ for full, bench/tmp/results-<scale>/ else)
//   --only, --skip   figure ids (prefixes), comma-separated: cold, dashboard, register, project, person,
//                    calendar, audit, certificate-pdf, backup, import (import-people, import-training), sync
//                    (sync-fill, sync-first, sync-shown-app, sync-shown-poll)
//   --port           the origin's port (default 4178; IndexedDB is per origin, so --reuse needs the same port;
//                    0 = any free port)
//   --profile        measure an unminified build and save a CPU profile of each screen and of the first sync
//                    (bench/tmp/profiles/)
//   --screenshots    save each screen as it was when it counted as rendered (bench/tmp/screens/)
//   --sync-full      at full scale, also the first sync of a new workstation (1.7 million documents: long)
//   --cold-loads     measured cold starts instead of the scale's own number (e.g. to compare two builds)
//   --import-people  people in the import figures instead of the scale's own (full: 10,000, 5 training records each);
//                    the import goes into a scratch database, so it needs no data set of the same scale
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
// Under out/ (built output, ignored by lint and git), not bench/, so the bundle is never linted or committed.
const outfile = path.join(root, 'out', 'bench-driver', 'driver.mjs');
await mkdir(path.dirname(outfile), { recursive: true });
await build({
  entryPoints: ['bench/driver/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
