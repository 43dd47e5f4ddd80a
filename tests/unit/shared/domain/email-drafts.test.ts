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

  it('a researcher whose training lapsed gets a renewal, never the first-time invitation', () => {
    const overdue = emailDraft('training-renewal-overdue', { ...input, trainingValidUntil: '2026-11-20' });
    expect(overdue.body).toContain('expired on 20 Nov 2026');
    expect(overdue.body).not.toContain('Before you can use');
    const due = emailDraft('training-renewal-due', { ...input, trainingValidUntil: '2026-12-20' });
    expect(due.body).toContain('expires on 20 Dec 2026');
    expect(due.subject).toBe('Please renew your NHS DSA training (DSH-2026-014)');
    expect(emailDraft('training-invitation', input).body).toContain('Before you can use');
  });

  it('the access-form request never claims an attachment a mailto: link cannot carry', () => {
    const { body } = emailDraft('access-form-request', input);
    expect(body).not.toMatch(/attach/i);
    expect(body).toContain('reply to this e-mail and we will send you one');
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
