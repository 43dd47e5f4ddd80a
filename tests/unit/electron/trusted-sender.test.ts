import type { IpcMainInvokeEvent } from 'electron';
import { senderInfoOf } from '../../../electron/ipc/register';
import {
  isTrustedSender,
  trustOurWindow,
  untrustedSenderReason,
  type SenderInfo,
} from '../../../electron/services/trusted-sender';

const OUR_WINDOW = 7;
const trusted = trustOurWindow(OUR_WINDOW);
const ourMainFrame: SenderInfo = {
  frame: { origin: 'app://dsh-desk', isMainFrame: true },
  webContentsId: OUR_WINDOW,
};

describe('who may call the bridge', () => {
  it("accepts our window's main frame on app://dsh-desk", () => {
    expect(isTrustedSender(ourMainFrame, trusted)).toBe(true);
  });

  it.each<[string, SenderInfo]>([
    ['a foreign origin', { ...ourMainFrame, frame: { origin: 'https://example.org', isMainFrame: true } }],
    ['a look-alike origin', { ...ourMainFrame, frame: { origin: 'app://dsh-desk.evil', isMainFrame: true } }],
    ['file://', { ...ourMainFrame, frame: { origin: 'file://', isMainFrame: true } }],
    ['an opaque origin', { ...ourMainFrame, frame: { origin: 'null', isMainFrame: true } }],
    [
      'a sub-frame on our own origin',
      { ...ourMainFrame, frame: { origin: 'app://dsh-desk', isMainFrame: false } },
    ],
    ['a frame that has gone (null senderFrame)', { ...ourMainFrame, frame: null }],
    ['another webContents', { ...ourMainFrame, webContentsId: OUR_WINDOW + 1 }],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender, trusted)).toBe(false);
    expect(untrustedSenderReason(sender, trusted)).toMatch(/^the request came from /);
  });

  it('trusts nobody while the window does not exist', () => {
    expect(isTrustedSender(ourMainFrame, trustOurWindow(undefined))).toBe(false);
  });
});

describe('reading the sender off an IPC event', () => {
  const mainFrame = { origin: 'app://dsh-desk', parent: null };
  const sender = { id: OUR_WINDOW, mainFrame };
  const eventFrom = (senderFrame: unknown): IpcMainInvokeEvent =>
    ({ sender, senderFrame }) as unknown as IpcMainInvokeEvent;

  it('sees the main frame as the main frame', () => {
    expect(senderInfoOf(eventFrom(mainFrame))).toEqual(ourMainFrame);
  });

  it('sees an iframe as a sub-frame, even on our origin', () => {
    const iframe = { origin: 'app://dsh-desk', parent: mainFrame };
    expect(senderInfoOf(eventFrom(iframe)).frame).toEqual({ origin: 'app://dsh-desk', isMainFrame: false });
  });

  it('keeps a null senderFrame as null', () => {
    expect(senderInfoOf(eventFrom(null)).frame).toBeNull();
  });
});
