import type { Session, WebContents } from 'electron';
import {
  guardWebContents,
  installSessionGuards,
  installWebContentsGuards,
  openAllowedExternal,
} from '../../../electron/security';
import {
  app,
  electronMock,
  MockSession,
  MockWebContents,
  resetElectronMock,
} from '../../helpers/electron-mock';

let opened: string[];
let contents: MockWebContents;

/** A navigation-like event that remembers whether it was prevented. */
function navigationEvent(extra: Record<string, unknown> = {}) {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
    ...extra,
  };
}

beforeEach(() => {
  resetElectronMock();
  opened = [];
  contents = new MockWebContents();
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => jest.restoreAllMocks());

describe('guards on every web contents', () => {
  beforeEach(() => {
    installWebContentsGuards((url) => opened.push(url));
    app.emit('web-contents-created', {}, contents);
  });

  it.each([
    'https://example.org',
    'file:///etc/passwd',
    'app://dsh-desk/other.html',
    'app://evil/index.html',
  ])('blocks navigation to %s', (url) => {
    const event = navigationEvent();
    contents.emit('will-navigate', event, url);
    expect(event.prevented).toBe(true);
    expect(opened).toEqual([]);
  });

  it('lets the page stay on app://dsh-desk/index.html', () => {
    const event = navigationEvent();
    contents.emit('will-navigate', event, 'app://dsh-desk/index.html#/bookings');
    expect(event.prevented).toBe(false);
  });

  it('hands a clicked mailto: link to the mail client instead of navigating', () => {
    const event = navigationEvent();
    contents.emit('will-navigate', event, 'mailto:ada@example.ac.uk');
    expect(event.prevented).toBe(true);
    expect(opened).toEqual(['mailto:ada@example.ac.uk']);
  });

  it('blocks redirects away from the app, without opening anything', () => {
    const event = navigationEvent();
    contents.emit('will-redirect', event, 'mailto:ada@example.ac.uk');
    expect(event.prevented).toBe(true);
    expect(opened).toEqual([]);
  });

  it('blocks a sub-frame navigating away, and leaves main-frame navigation to will-navigate', () => {
    const sub = navigationEvent({ url: 'https://example.org', isMainFrame: false });
    contents.emit('will-frame-navigate', sub);
    expect(sub.prevented).toBe(true);
    const main = navigationEvent({ url: 'mailto:ada@example.ac.uk', isMainFrame: true });
    contents.emit('will-frame-navigate', main);
    expect(main.prevented).toBe(false);
    expect(opened).toEqual([]);
  });

  it('denies every new window, passing only mailto: links on', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' } as never)).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://dsh-desk/index.html' } as never)).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'mailto:ada@example.ac.uk' } as never)).toEqual({
      action: 'deny',
    });
    expect(opened).toEqual(['mailto:ada@example.ac.uk']);
  });

  it('refuses to attach a webview', () => {
    const event = navigationEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'app://dsh-desk/index.html' });
    expect(event.prevented).toBe(true);
  });
});

describe('session permissions', () => {
  it('grants persistent storage, so About can truthfully say the data will not be cleared', () => {
    const session = new MockSession();
    installSessionGuards(session as unknown as Session);
    const answers: boolean[] = [];
    session.permissionRequestHandler?.(
      ...([{}, 'persistent-storage', (granted: boolean) => answers.push(granted)] as never[]),
    );
    answers.push(session.permissionCheckHandler?.(...([{}, 'persistent-storage'] as never[])) as boolean);
    expect(answers).toEqual([true, true]);
  });

  it('denies every other permission request and check', () => {
    const session = new MockSession();
    installSessionGuards(session as unknown as Session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      session.permissionRequestHandler?.(
        ...([{}, permission, (granted: boolean) => answers.push(granted)] as never[]),
      );
      answers.push(session.permissionCheckHandler?.(...([{}, permission] as never[])) as boolean);
    }
    answers.push(session.devicePermissionHandler?.(...([{}] as never[])) as boolean);
    expect(answers).toHaveLength(11);
    expect(answers.every((granted) => granted === false)).toBe(true);
  });
});

it('guards a web contents passed directly, too', () => {
  guardWebContents(contents as unknown as WebContents, (url) => opened.push(url));
  const event = navigationEvent();
  contents.emit('will-navigate', event, 'https://example.org');
  expect(event.prevented).toBe(true);
});

describe('the one door to shell.openExternal', () => {
  it('opens an allowed mailto: link, normalised', async () => {
    await openAllowedExternal('MAILTO:ada@example.ac.uk');
    expect(electronMock.openedExternal).toEqual(['mailto:ada@example.ac.uk']);
  });

  it.each(['https://example.org', 'file:///etc/passwd', 'smb://server/share'])(
    'refuses %s without calling the shell',
    async (url) => {
      await expect(openAllowedExternal(url)).rejects.toThrow(
        'Only e-mail links (mailto:) can be opened outside DSH Desk.',
      );
      expect(electronMock.openedExternal).toEqual([]);
    },
  );
});
