/**
 * One e-mail draft to one researcher that covers everything the team needs from them, on all their projects
 * (instead of one draft per project and per reminder). A person's NHS DSA training is theirs, not a
 * project's: a lapse is written once, naming every project it holds up.
 */
import { formatLongDate, type IsoDate } from '../dates';
import type { EmailDraft, EmailDraftKind } from './email-drafts';

/** One thing the draft asks about: the draft kind its reminder would use, for one project. */
export interface DigestLine {
  kind: EmailDraftKind;
  projectReference: string;
  projectTitle: string;
  /** For training: the last day the NHS DSA training is (or was) valid. */
  trainingValidUntil?: IsoDate;
  /** For a closure notice: the day the closure started. */
  closureStartedOn?: IsoDate;
}

/** What a digest is written from. */
export interface DigestInput {
  to: string;
  recipientName: string;
  organisationName: string;
  /** The day it is written (to say "expired" or "expires"). */
  today: IsoDate;
  lines: readonly DigestLine[];
}

function projectList(lines: readonly DigestLine[]): string {
  const named = [...new Set(lines.map((line) => `${line.projectReference} "${line.projectTitle}"`))];
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

function trainingParagraph(lines: readonly DigestLine[], today: IsoDate): string {
  const until = lines.find((line) => line.trainingValidUntil)?.trainingValidUntil;
  const what = 'NHS Digital Data Security Awareness – Level 1 training';
  const state = !until
    ? `Please complete DSH environment training and your ${what}`
    : until < today
      ? `Your ${what} expired on ${formatLongDate(until)}. Please renew it online`
      : `Your ${what} expires on ${formatLongDate(until)}. Please renew it online before then`;
  return `${state}, and send us the certificate. It is needed for ${projectList(lines)}.`;
}

/** The paragraph of each kind, for the projects it concerns. */
function paragraph(kind: EmailDraftKind, lines: readonly DigestLine[], today: IsoDate): string {
  switch (kind) {
    case 'training-invitation':
    case 'training-renewal-due':
    case 'training-renewal-overdue':
      return trainingParagraph(lines, today);
    case 'access-form-request':
      return `Please read, sign and return the user access form for ${projectList(lines)}: access is given only once it is signed.`;
    case 'access-granted':
      return `Your access to the Data Safe Haven for ${projectList(lines)} is ready.`;
    case 'closure-notice':
      return lines
        .map(
          (line) =>
            `The closure of ${projectList([line])} started on ${line.closureStartedOn ? formatLongDate(line.closureStartedOn) : 'today'}: please work with us to extract any outputs you need, in line with your data agreements.`,
        )
        .join('\n\n');
  }
}

const ORDER: readonly EmailDraftKind[] = [
  'training-invitation',
  'training-renewal-overdue',
  'training-renewal-due',
  'access-form-request',
  'closure-notice',
  'access-granted',
];

/** The one draft for a researcher: a numbered paragraph per kind of request, each naming its projects. */
export function digestDraft(input: DigestInput): EmailDraft {
  const kinds = ORDER.filter((kind) => input.lines.some((line) => line.kind === kind));
  const paragraphs = kinds.map(
    (kind, i) =>
      `${kinds.length > 1 ? `${i + 1}. ` : ''}${paragraph(
        kind,
        input.lines.filter((line) => line.kind === kind),
        input.today,
      )}`,
  );
  const projects = new Set(input.lines.map((line) => line.projectReference)).size;
  const subject =
    projects === 1
      ? `Your Data Safe Haven project ${input.lines[0]!.projectReference}: what we need from you`
      : `Your ${projects} Data Safe Haven projects: what we need from you`;
  return {
    to: input.to,
    subject,
    body: [
      `Dear ${input.recipientName},`,
      kinds.length > 1 ? 'There are a few things we need from you:' : '',
      ...paragraphs,
      `Kind regards,\nThe ${input.organisationName} team`,
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}
