// `npm run start:web`: serves the built renderer on 127.0.0.1 so DSH Desk runs in a browser where there is no
// Electron. It is the same app without desktop features: saving a file downloads it. The data lives in the
// browser profile under this exact origin, so the port is fixed (4173, or DSH_WEB_PORT) and never wanders.
import { preview } from 'vite';

const port = Number(process.env.DSH_WEB_PORT ?? 4173);
try {
  const server = await preview({ configFile: 'vite.config.mts', preview: { port, strictPort: true } });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.info(`DSH Desk (browser version) is running at ${url}`);
  console.info('Open it in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.');
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    message.includes('already in use')
      ? `Port ${port} is already in use: stop whatever is using it, or run with DSH_WEB_PORT set to another port.`
      : `Could not start the browser version: ${message}`,
  );
  process.exit(1);
}
