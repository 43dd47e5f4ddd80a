import { createBrowserHost } from '../../../../renderer/host/browser-host';
import { mailtoLinkFor } from '../../../../shared/contract/mailto-link';
import { EMAIL_DRAFT_KINDS, emailDraft, mailtoUrl } from '../../../../shared/domain';

/** The hrefs of the links the browser host clicks while `work` runs. */
async function clickedLinks(work: () => Promise<unknown>): Promise<string[]> {
  const clicked: string[] = [];
  const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this.href);
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return clicked;
}

describe('e-mail links opened in the browser', () => {
  it('open with subject, body, cc and bcc only: an attach= field is dropped', async () => {
    const host = createBrowserHost();
    const links = await clickedLinks(() =>
      host.openExternal({
        url: 'mailto:ada@example.ac.uk?subject=Form&attach=/etc/passwd&attachment=x&cc=bo@example.ac.uk',
      }),
    );
    expect(links).toEqual(['mailto:ada@example.ac.uk?subject=Form&cc=bo@example.ac.uk']);
  });

  it('refuse any other scheme', async () => {
    const host = createBrowserHost();
    await expect(host.openExternal({ url: 'file:///etc/passwd' })).rejects.toThrow(
      'Only e-mail (mailto:) links can be opened from DSH Desk.',
    );
  });

  it.each(EMAIL_DRAFT_KINDS)('leave the %s draft whole', (kind) => {
    const url = mailtoUrl(
      emailDraft(kind, {
        to: 'ada@example.ac.uk?attach=/etc/passwd',
        recipientName: 'Ada; attach=x',
        projectReference: 'DSH-2026-014',
        projectTitle: 'A & B?attach=/etc/passwd',
        organisationName: 'Westmoor Data Safe Haven',
      }),
    );
    // The draft's own text is encoded, so it cannot add a field; the rule keeps the link as it is.
    expect(mailtoLinkFor(url)).toBe(url);
    expect([...new URL(url).searchParams.keys()]).toEqual(['subject', 'body']);
  });
});
