/** The project record's sections for Set Up, the members and their access, and the Active stage. */
import { formatLongDate } from '../../dates';
import {
  SETUP_TASK_KINDS,
  setupTaskLabel,
  trainingLabel,
  type Membership,
  type TrainingRecord,
} from '../../domain';
import { closureReasonLabel, readinessLabel, roleLabel } from '../labels';
import type { Block } from '../pdf/blocks';
import { personNameOf, staffNameOf } from './names';
import type { MemberWithReadiness, ProjectRecordInput } from './project-record-input';

/** 3. Set Up: each checklist task, done or not. */
export function setupBlocks(input: ProjectRecordInput): Block[] {
  return [
    { kind: 'heading', text: '3. Set Up' },
    {
      kind: 'table',
      columns: [
        { header: 'Task', share: 0.3 },
        { header: 'Done by', share: 0.22 },
        { header: 'Done on', share: 0.16 },
        { header: 'Note', share: 0.32 },
      ],
      rows: SETUP_TASK_KINDS.map((kind) => {
        const task = input.setupTasks.find((t) => t.kind === kind && t.projectId === input.project.id);
        return task
          ? [
              setupTaskLabel(kind),
              staffNameOf(input, task.doneBy),
              formatLongDate(task.doneOn),
              task.note ?? '',
            ]
          : [setupTaskLabel(kind), 'Not done', '', ''];
      }),
      empty: '',
    },
  ];
}

/** 4. Members and access: each member's access form, access, training and readiness on the day. */
export function memberBlocks(input: ProjectRecordInput): Block[] {
  return [
    { kind: 'heading', text: '4. Members and access' },
    {
      kind: 'table',
      columns: [
        { header: 'Member', share: 0.22 },
        { header: 'Access', share: 0.27 },
        { header: 'Training', share: 0.28 },
        { header: `Readiness on ${formatLongDate(input.asOf)}`, share: 0.23 },
      ],
      rows: input.members.map((member) => [
        `${personNameOf(input, member.membership.personId)}\n${roleLabel(member.membership.role)}`,
        accessText(input, member.membership),
        trainingText(input.trainings.filter((t) => t.personId === member.membership.personId)),
        readinessText(member),
      ]),
      empty: 'No members recorded yet.',
    },
  ];
}

/** A date whose day, month and year stay on one line in a narrow column. */
function unbroken(day: string): string {
  return formatLongDate(day).replace(/ /g, '\u00A0');
}

function accessText(input: ProjectRecordInput, membership: Membership): string {
  const { accessForm, accessGranted, accessRevoked } = membership;
  return [
    accessForm
      ? `Form ${accessForm.formVersion} signed ${unbroken(accessForm.signedOn)}`
      : 'Access form not signed',
    accessGranted
      ? `Granted ${unbroken(accessGranted.on)} by ${staffNameOf(input, accessGranted.by)}`
      : 'Access not granted',
    ...(accessRevoked
      ? [`Revoked ${unbroken(accessRevoked.on)} by ${staffNameOf(input, accessRevoked.by)}`]
      : []),
  ].join('\n');
}

function trainingText(trainings: readonly TrainingRecord[]): string {
  if (trainings.length === 0) return 'No training recorded';
  return [...trainings]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.completedOn.localeCompare(b.completedOn))
    .map(
      (t) =>
        `${trainingLabel(t.kind)}: ${unbroken(t.completedOn)}${t.expiresOn ? `, expires ${unbroken(t.expiresOn)}` : ''}`,
    )
    .join('\n');
}

function readinessText({ readiness }: MemberWithReadiness): string {
  return [readinessLabel(readiness.state), ...readiness.reasons].join('\n');
}

/** 5. Active: bookings, change requests and the start of closure. */
export function activeBlocks(input: ProjectRecordInput): Block[] {
  const { upcoming, past, cancelled } = input.bookings;
  const start = input.project.closureStart;
  const requests = input.changeRequests ?? [];
  return [
    { kind: 'heading', text: '5. Active' },
    {
      kind: 'fields',
      rows: [
        {
          label: 'Bookings of the core connection',
          value: `${upcoming} upcoming, ${past} past, ${cancelled} cancelled (${upcoming + past + cancelled} in all)`,
        },
        {
          label: 'Closure started',
          value: start
            ? `${formatLongDate(start.startedOn)}: ${closureReasonLabel(start.reason)}${start.note ? `. ${start.note}` : ''}`
            : 'Not started',
        },
      ],
    },
    ...(requests.length > 0
      ? [
          {
            kind: 'table' as const,
            columns: [
              { header: 'Change request', share: 0.4 },
              { header: 'Status', share: 0.15 },
              { header: 'Requested', share: 0.15 },
              { header: 'Decided', share: 0.15 },
              { header: 'Done', share: 0.15 },
            ],
            rows: requests.map((request) => [
              request.kind === 'add-user'
                ? `Add user: ${personNameOf(input, request.personId)}`
                : `Add application: ${request.newApplicationName ?? input.applicationNames[request.applicationId ?? ''] ?? 'Unknown application'}`,
              request.status.charAt(0).toUpperCase() + request.status.slice(1),
              formatLongDate(request.requestedOn),
              request.decidedOn ? formatLongDate(request.decidedOn) : '',
              request.doneOn ? formatLongDate(request.doneOn) : '',
            ]),
            empty: '',
          },
        ]
      : []),
  ];
}
