import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { registerAppScheme, serveAppScheme } from '../../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/csp';
import { electronMock, resetElectronMock } from '../../helpers/electron-mock';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dsh-protocol-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>DSH Desk</title>');
});

afterAll(async () => rm(root, { recursive: true, force: true }));

beforeEach(() => resetElectronMock());

describe('the app:// protocol glue', () => {
  it('registers app as standard and secure, with fetch', () => {
    registerAppScheme();
    expect(electronMock.registeredSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves index.html with the CSP through the registered handler', async () => {
    serveAppScheme(root);
    const handler = electronMock.protocolHandlers.get('app');
    const response = await handler?.(new Request('app://dsh-desk/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response?.text()).toContain('DSH Desk');
  });

  it('refuses traversal through the registered handler', async () => {
    serveAppScheme(root);
    const response = await electronMock.protocolHandlers.get('app')?.({
      url: 'app://dsh-desk/%2e%2e/etc/passwd',
      method: 'GET',
    } as Request);
    expect(response?.status).toBe(400);
  });
});
