import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appFileResponse, contentTypeFor, resolveAppFile } from '../../../electron/services/app-files';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/csp';

let sandbox: string;
let root: string;

beforeAll(async () => {
  // A built renderer beside a secret the app must never serve.
  sandbox = await mkdtemp(path.join(os.tmpdir(), 'dsh-app-files-'));
  root = path.join(sandbox, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>DSH Desk</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(path.join(sandbox, 'secret.txt'), 'not for the renderer');
  await symlink(path.join(sandbox, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('serving app://dsh-desk', () => {
  it.each([
    ['app://dsh-desk/index.html', 'text/html; charset=utf-8', 'DSH Desk'],
    ['app://dsh-desk/', 'text/html; charset=utf-8', 'DSH Desk'],
    ['app://dsh-desk', 'text/html; charset=utf-8', 'DSH Desk'],
    ['app://dsh-desk/assets/app.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['app://dsh-desk/assets/style.css?v=2#x', 'text/css; charset=utf-8', 'body{}'],
    ['APP://DSH-DESK/assets/app.js', 'text/javascript; charset=utf-8', 'console.log'],
  ])('serves %s with its type and the strict CSP', async (url, type, body) => {
    const response = await appFileResponse(url, root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain(body);
  });

  it('answers an unknown route without an extension with index.html (client routing)', async () => {
    const response = await appFileResponse('app://dsh-desk/projects/DSH-2026-014', root);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>DSH Desk</title>');
  });

  it('answers a missing file with an extension with 404, and the CSP', async () => {
    const response = await appFileResponse('app://dsh-desk/assets/missing.js', root);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://dsh-desk/../secret.txt',
    'app://dsh-desk/assets/../../secret.txt',
    'app://dsh-desk/%2e%2e/secret.txt',
    'app://dsh-desk/%2E%2E/secret.txt',
    'app://dsh-desk/.%2e/secret.txt',
    'app://dsh-desk/..%2fsecret.txt',
    'app://dsh-desk/assets%2f..%2f..%2fsecret.txt',
    'app://dsh-desk/..\\secret.txt',
    'app://dsh-desk/..%5csecret.txt',
    'app://dsh-desk//etc/passwd',
    'app://dsh-desk/%2fetc%2fpasswd',
    'app://dsh-desk/C:%5cWindows%5cwin.ini',
    'app://dsh-desk/C:/Windows/win.ini',
    'app://dsh-desk/index.html%00.png',
    'app://dsh-desk/%zz',
    'app://dsh-desk/./index.html',
  ])('refuses the traversal attempt %s', async (url) => {
    expect(resolveAppFile(url, root).ok).toBe(false);
    const response = await appFileResponse(url, root);
    expect([400, 403]).toContain(response.status);
    expect(await response.text()).not.toContain('not for the renderer');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://evil/index.html',
    'app://dsh-desk.evil/index.html',
    'app://user@dsh-desk/index.html',
    'https://dsh-desk/index.html',
  ])('refuses another host or scheme: %s', async (url) => {
    const response = await appFileResponse(url, root);
    expect([400, 403]).toContain(response.status);
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const response = await appFileResponse('app://dsh-desk/assets/link.txt', root);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it('serves only GET and HEAD', async () => {
    expect((await appFileResponse('app://dsh-desk/index.html', root, 'POST')).status).toBe(405);
    const head = await appFileResponse('app://dsh-desk/index.html', root, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('names content types by extension, whatever the case', () => {
    expect(contentTypeFor('font.WOFF2')).toBe('font/woff2');
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});
