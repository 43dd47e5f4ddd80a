import { EMAIL_DRAFT_KINDS, emailDraft, mailtoUrl } from '../../../../shared/domain';

const input = {
  to: 'siobhan.ni.bhriain@westmoor.ac.uk',
  recipientName: 'Dr Siobhán Ní Bhriain',
  projectReference: 'DSH-2026-014',
  projectTitle: 'Waiting times & outcomes',
  organisationName: 'Westmoor Data Safe Haven',
  closureStartedOn: '2026-11-02',
};

describe('e-mail drafts', () => {
  it.each(EMAIL_DRAFT_KINDS)('%s names the project, greets the person and signs off', (kind) => {
    const draft = emailDraft(kind, input);
    expect(draft.subject).toContain('DSH-2026-014');
    expect(draft.body).toMatch(/^Dear Dr Siobhán Ní Bhriain,/);
    expect(draft.body).toContain('The Westmoor Data Safe Haven team');
  });

  it('a closure notice gives the closure date the UK way', () => {
    expect(emailDraft('closure-notice', input).body).toContain('started on 2 Nov 2026');
  });

  it('the mailto URL round-trips subject and body, including accents, ampersands and line breaks', () => {
    const draft = emailDraft('training-invitation', input);
    const url = new URL(mailtoUrl(draft));
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe(input.to);
    expect(url.searchParams.get('subject')).toBe(draft.subject);
    expect(url.searchParams.get('body')).toBe(draft.body.replace(/\n/g, '\r\n'));
    expect(mailtoUrl(draft)).not.toMatch(/[ \n&](?!body=)/);
  });
});
