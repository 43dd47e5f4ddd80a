// The renderer bundle: plain Vite, relative base so it loads from app://dsh-desk/ and from vite preview alike.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: {
    // The Hebrew font's package exports only its metadata; its TrueType files are imported by path.
    alias: [
      {
        find: /^@embedpdf\/fonts-hebrew\/fonts\/(.*)$/,
        replacement: `${fileURLToPath(new URL('./node_modules/@embedpdf/fonts-hebrew/fonts/', import.meta.url))}$1`,
      },
    ],
  },
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    // Pages are lazy chunks (renderer/app/lazy-page.tsx), but their CSS stays in one stylesheet loaded at start
    // (~70 KB): split, each page's CSS would be appended when first visited, so the cascade (which of two equal
    // rules wins) would depend on the order the officer opened the pages in.
    cssCodeSplit: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
