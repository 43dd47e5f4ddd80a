/**
 * E-mail drafts the team sends researchers, opened in the mail client as `mailto:` links (never sent by the
 * app). Plain text, signed with the organisation's name.
 */
import { formatLongDate, type IsoDate } from '../dates';

/** The drafts the app offers. */
export const EMAIL_DRAFT_KINDS = [
  'training-invitation',
  'training-renewal-due',
  'training-renewal-overdue',
  'access-form-request',
  'access-granted',
  'closure-notice',
] as const;
/** One kind of e-mail draft. */
export type EmailDraftKind = (typeof EMAIL_DRAFT_KINDS)[number];

/** What a draft is written from. */
export interface EmailDraftInput {
  to: string;
  recipientName: string;
  projectReference: string;
  projectTitle: string;
  organisationName: string;
  /** For a closure notice: the day the closure started. */
  closureStartedOn?: IsoDate;
  /** For a renewal: the last day the researcher's NHS DSA Level 1 training is (or was) valid. */
  trainingValidUntil?: IsoDate;
}

/** A draft: recipient, subject and body. */
export interface EmailDraft {
  to: string;
  subject: string;
  body: string;
}

const LABELS: Record<EmailDraftKind, string> = {
  'training-invitation': 'Invitation to training (first time)',
  'training-renewal-due': 'Training renewal due',
  'training-renewal-overdue': 'Training renewal overdue',
  'access-form-request': 'Request to sign the user access form',
  'access-granted': 'Access granted',
  'closure-notice': 'Closure notice',
};

/** The label of a draft kind as the officer sees it in a menu. */
export function emailDraftLabel(kind: EmailDraftKind): string {
  return LABELS[kind];
}

/** Writes the draft of `kind` for the input. */
export function emailDraft(kind: EmailDraftKind, input: EmailDraftInput): EmailDraft {
  const about = `${input.projectReference} ${input.projectTitle}`;
  const greeting = `Dear ${input.recipientName},`;
  const signOff = `Kind regards,\nThe ${input.organisationName} team`;
  const paragraphs: Record<EmailDraftKind, [string, string]> = {
    'training-invitation': [
      `DSH training for ${input.projectReference}`,
      `Before you can use the Data Safe Haven for "${input.projectTitle}", please complete two pieces of training:\n\n` +
        '1. DSH environment training (uploading and downloading datasets, controlling users), which we will arrange with you.\n' +
        '2. NHS Digital Data Security Awareness – Level 1, online. Please send us your certificate when you have completed it.',
    ],
    'training-renewal-due': [
      `Please renew your NHS DSA training (${input.projectReference})`,
      `Your NHS Digital Data Security Awareness – Level 1 training ${input.trainingValidUntil ? `expires on ${formatLongDate(input.trainingValidUntil)}` : 'expires soon'}. ` +
        `Please renew it online before then and send us your new certificate, so that you can go on using the Data Safe Haven for "${input.projectTitle}".`,
    ],
    'training-renewal-overdue': [
      `Your NHS DSA training has expired (${input.projectReference})`,
      `Your NHS Digital Data Security Awareness – Level 1 training ${input.trainingValidUntil ? `expired on ${formatLongDate(input.trainingValidUntil)}` : 'has expired'}, ` +
        `so you cannot use the Data Safe Haven for "${input.projectTitle}" until it is renewed. Please renew it online and send us your new certificate.`,
    ],
    'access-form-request': [
      `User access form for ${input.projectReference}`,
      `Every user of the Data Safe Haven must sign the user access form before access is given. Please sign the user access form for "${input.projectTitle}" and return it to us; if you do not have a copy, reply to this e-mail and we will send you one.`,
    ],
    'access-granted': [
      `Your DSH access for ${input.projectReference} is ready`,
      `Your training and approvals are complete and you now have secure access to the Data Safe Haven for "${input.projectTitle}". If the project uses the free core connection, please book a session before you come in.`,
    ],
    'closure-notice': [
      `Closure of ${input.projectReference}`,
      `The closure of "${input.projectTitle}" started on ${input.closureStartedOn ? formatLongDate(input.closureStartedOn) : 'today'}. ` +
        'Please work with us to extract any outputs you need, in line with your data agreements. Once the project is closed, any data left in the DSH will be destroyed and we will send you a certificate confirming deletion.',
    ],
  };
  const [subject, text] = paragraphs[kind];
  return { to: input.to, subject, body: `${greeting}\n\n${text}\n\n${signOff}\n\n(${about})` };
}

/** The `mailto:` URL of a draft, with subject and body encoded (RFC 6068: CRLF line breaks). */
export function mailtoUrl(draft: EmailDraft): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(draft.to).replace(/%40/g, '@')}?subject=${encode(draft.subject)}&body=${encode(draft.body)}`;
}
