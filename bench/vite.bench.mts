// The bench page (bench/page → out/bench), built apart from the app so it never ships in the renderer bundle.
// Served beside out/renderer on one origin, it sees the app's IndexedDB.
import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  root: new URL('./page', import.meta.url).pathname,
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: new URL('../out/bench', import.meta.url).pathname,
    emptyOutDir: true,
    sourcemap: true,
    // Unminified, so a profile of the bench page (--profile) names its functions.
    minify: false,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: new URL('./page/bench.html', import.meta.url).pathname },
  },
  logLevel: 'warn',
});
