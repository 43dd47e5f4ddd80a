/** One draft per researcher: what it says for one project, for training still valid, and for a closure. */
import { digestDraft, type DigestLine } from '../../../../shared/domain/email-digest';

const base = {
  to: 'a@uni.example',
  recipientName: 'Dr A Smith',
  organisationName: 'Example DSH',
  today: '2026-11-25',
};
const line = (overrides: Partial<DigestLine>): DigestLine => ({
  kind: 'training-invitation',
  projectReference: 'DSH-2026-001',
  projectTitle: 'Heart study',
  ...overrides,
});

describe('a researcher’s one e-mail draft', () => {
  it('names the project in the subject when there is one, and numbers nothing when one thing is asked', () => {
    const draft = digestDraft({ ...base, lines: [line({ trainingValidUntil: '2026-12-03' })] });
    expect(draft.subject).toBe('Your Data Safe Haven project DSH-2026-001: what we need from you');
    expect(draft.body).toBe(
      'Dear Dr A Smith,\n\n' +
        'Your NHS Digital Data Security Awareness – Level 1 training expires on 3 Dec 2026. Please renew it online before then, and send us the certificate. It is needed for DSH-2026-001 "Heart study".\n\n' +
        'Kind regards,\nThe Example DSH team',
    );
  });

  it('asks for training first, then forms, then closures, each paragraph numbered', () => {
    const draft = digestDraft({
      ...base,
      lines: [
        line({
          kind: 'closure-notice',
          projectReference: 'DSH-2026-003',
          projectTitle: 'Old',
          closureStartedOn: '2026-11-02',
        }),
        line({ kind: 'access-form-request', projectReference: 'DSH-2026-002', projectTitle: 'Lung study' }),
        line({ trainingValidUntil: '2026-11-01' }),
      ],
    });
    expect(draft.subject).toBe('Your 3 Data Safe Haven projects: what we need from you');
    const numbered = draft.body.split('\n\n').filter((p) => /^\d\. /.test(p));
    expect(numbered.map((p) => p.slice(0, 40))).toEqual([
      '1. Your NHS Digital Data Security Awaren',
      '2. Please read, sign and return the user',
      '3. The closure of DSH-2026-003 "Old" sta',
    ]);
    expect(draft.body).toContain('started on 2 Nov 2026');
  });
});
