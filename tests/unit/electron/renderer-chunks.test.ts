/**
 * The built renderer is split into chunks (a page's code is fetched on its first visit): every chunk and asset
 * the build wrote must be served by app:// with its right type, every chunk a script asks for must exist, and
 * index.html must load only scripts of its own files (the CSP's `script-src 'self'` allows nothing inline).
 * When out/renderer is missing it is built first (vite, some seconds).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { appFileResponse } from '../../../electron/services/app-files';

const root = path.resolve(__dirname, '../../..');
const renderer = path.join(root, 'out/renderer');
const assets = path.join(renderer, 'assets');

beforeAll(() => {
  if (!existsSync(path.join(renderer, 'index.html'))) {
    execFileSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: 'ignore' });
  }
}, 120_000);

const files = () => readdirSync(assets);
const scripts = () => files().filter((file) => file.endsWith('.js'));

describe('the built renderer under app://', () => {
  it('is split: index.html starts one small entry script, and the pages are chunks of their own', () => {
    const html = readFileSync(path.join(renderer, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/<script\b[^>]*\bsrc="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
    expect(entries).toHaveLength(1);
    // Every <script> has a src: an inline one would be refused by the CSP.
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(scripts().some((file) => file.startsWith('DashboardPage-'))).toBe(true);
    expect(scripts().some((file) => file.startsWith('CalendarPage-'))).toBe(true);
  });

  it('keeps dexie-export-import out of what every start downloads: its own chunk, fetched on first use', () => {
    const html = readFileSync(path.join(renderer, 'index.html'), 'utf8');
    // What a start runs: index.html's scripts and preloads, and every chunk they import statically
    // (`from"./x.js"`, `import"./x.js"`; an on-demand `import("./x.js")` is left for later).
    const atStart = new Set(
      [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]!),
    );
    for (const file of atStart) {
      const code = readFileSync(path.join(assets, file), 'utf8');
      for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g))
        atStart.add(match[1]!);
    }
    const library = scripts().filter((file) => file.startsWith('dexie-export-import-'));
    expect(library).toHaveLength(1);
    expect([...atStart]).not.toContain(library[0]);
    // Nor is its code copied into a chunk that runs at start (the text of one of its JSON parser's errors).
    const holding = [...atStart].filter((file) =>
      readFileSync(path.join(assets, file), 'utf8').includes('Max buffer length exceeded: '),
    );
    expect(holding).toEqual([]);
    expect(readFileSync(path.join(assets, library[0]!), 'utf8')).toContain('Max buffer length exceeded: ');
  });

  it('serves every chunk, stylesheet and font the build wrote, each with its content type and the CSP', async () => {
    const expectedType: Record<string, string> = {
      '.js': 'text/javascript; charset=utf-8',
      '.css': 'text/css; charset=utf-8',
      '.ttf': 'font/ttf',
    };
    for (const file of files()) {
      const response = await appFileResponse(`app://dsh-desk/assets/${file}`, renderer, 'HEAD');
      expect({ file, status: response.status }).toEqual({ file, status: 200 });
      expect(response.headers.get('Content-Type')).toBe(expectedType[path.extname(file)] ?? 'unexpected');
      expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    }
  });

  it('has every chunk a script imports, statically or on demand', () => {
    const present = new Set(scripts());
    const missing: string[] = [];
    for (const file of scripts()) {
      const code = readFileSync(path.join(assets, file), 'utf8');
      // `from"./x.js"`, `import("./x.js")`, and the preload list's "assets/x.js".
      for (const match of code.matchAll(/["'`](?:\.\/|assets\/)([\w.-]+\.js)["'`]/g)) {
        if (!present.has(match[1]!)) missing.push(`${file} → ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
