import { installLinkGuard } from '../../../../renderer/app/link-guard';

function addLink(href: string, target?: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = href;
  if (target) link.target = target;
  document.body.append(link);
  return link;
}

describe('the link guard', () => {
  let openExternal: jest.Mock;
  let remove: () => void;
  beforeEach(() => {
    document.body.innerHTML = '';
    openExternal = jest.fn().mockResolvedValue({ ok: true });
    remove = installLinkGuard(document, { openExternal });
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    remove();
    jest.restoreAllMocks();
  });

  function click(link: HTMLAnchorElement): boolean {
    return link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }

  it('sends mailto: links to the mail client through the host', () => {
    const notCancelled = click(addLink('mailto:lead@example.ac.uk?subject=Training'));
    expect(notCancelled).toBe(false);
    expect(openExternal).toHaveBeenCalledWith({ url: 'mailto:lead@example.ac.uk?subject=Training' });
  });

  it.each(['https://example.org/', 'http://intranet/', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'stops %s from replacing the app and opens nothing',
    (href) => {
      expect(click(addLink(href))).toBe(false);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('lets in-app hash links through', () => {
    expect(click(addLink('#/projects'))).toBe(true);
  });

  it('stops in-app links that would open a new window', () => {
    expect(click(addLink('#/projects', '_blank'))).toBe(false);
  });

  it('is removed cleanly', () => {
    remove();
    const link = addLink('#/people');
    expect(click(link)).toBe(true);
  });
});
