// Bundles the main process and the preload with esbuild (one CommonJS file each, `electron` left external),
// then proves the preload can load in a sandboxed renderer: its only require must be require("electron").
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();

/** esbuild options both bundles share. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/main/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'out/preload/preload.cjs' }),
]);

await assertPreloadRequiresOnlyElectron(path.join(root, 'out/preload/preload.cjs'));
console.log(
  `Built out/main/main.cjs and out/preload/preload.cjs in ${Math.round(performance.now() - started)} ms.`,
);

/**
 * A sandboxed preload's require can load only a handful of modules; anything else fails at run time in the
 * window, where no test here can see it. So fail the build instead.
 */
async function assertPreloadRequiresOnlyElectron(file) {
  const code = await readFile(file, 'utf8');
  const requires = [...code.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((match) => match[1].trim());
  const others = requires.filter((argument) => argument !== '"electron"');
  if (requires.length === 0 || others.length > 0) {
    console.error(
      `The preload bundle ${path.relative(root, file)} must require only "electron", but it has:`,
    );
    for (const argument of requires) console.error(`  require(${argument})`);
    process.exit(1);
  }
}
