/** The project record's sections for Closure (checklist, destruction, certificate) and the timeline. */
import { formatInstant, formatLongDate } from '../../dates';
import { storageKindLabel } from '../labels';
import type { Block } from '../pdf/blocks';
import { NOT_RECORDED, staffNameOf, textOrNot } from './names';
import type { ProjectRecordInput } from './project-record-input';

/** 6. Closure: outputs extracted, storage locations checked, the destruction and the certificate. */
export function closureBlocks(input: ProjectRecordInput): Block[] {
  const { closure, certificate } = input;
  if (!closure) {
    return [
      { kind: 'heading', text: '6. Closure' },
      { kind: 'paragraph', text: 'The closure checklist has not been started.' },
    ];
  }
  const destruction = closure.destruction;
  return [
    { kind: 'heading', text: '6. Closure' },
    { kind: 'subheading', text: 'Outputs extracted' },
    {
      kind: 'fields',
      rows: [
        {
          label: 'List of extracts',
          value: closure.extractsConfirmed ? 'Confirmed complete' : 'Not yet confirmed',
        },
      ],
    },
    {
      kind: 'entries',
      items: closure.extracts.map((extract) => ({
        text: extract.description,
        detail: `Approved by ${extract.approvedBy} on ${formatLongDate(extract.approvedOn)}`,
      })),
      empty: 'No extracts recorded.',
    },
    { kind: 'subheading', text: 'Storage locations' },
    {
      kind: 'table',
      columns: [
        { header: 'Location', share: 0.44 },
        { header: 'Kind', share: 0.18 },
        { header: 'Checked by', share: 0.2 },
        { header: 'Checked on', share: 0.18 },
      ],
      rows: closure.storageLocations.map((place) => [
        place.location,
        storageKindLabel(place.kind),
        place.checkedBy ? staffNameOf(input, place.checkedBy) : 'Not checked',
        place.checkedOn ? formatLongDate(place.checkedOn) : '',
      ]),
      empty: 'No storage locations recorded.',
    },
    { kind: 'subheading', text: 'Destruction of the data' },
    {
      kind: 'fields',
      rows: destruction
        ? [
            { label: 'Data destroyed on', value: formatLongDate(destruction.date) },
            { label: 'Method (NIST SP 800-88)', value: destruction.method },
            { label: 'Technique and tool', value: `${destruction.technique}; ${destruction.tool}` },
            { label: 'Verification', value: destruction.verification },
            {
              label: 'Performed by',
              value: `${destruction.performedBy.name}, ${destruction.performedBy.role}`,
            },
            {
              label: 'Witnessed by',
              value: `${destruction.witnessedBy.name}, ${destruction.witnessedBy.role}`,
            },
            { label: 'Data owner’s authorisation', value: textOrNot(closure.dataOwnerAuthorisationRef) },
          ]
        : [{ label: 'Data destroyed', value: NOT_RECORDED }],
    },
    { kind: 'subheading', text: 'Certificate of deletion' },
    ...(certificate
      ? [
          {
            kind: 'fields' as const,
            rows: [
              { label: 'Number', value: certificate.number },
              { label: 'Issued on', value: formatLongDate(certificate.issuedOn) },
            ],
          },
          { kind: 'fingerprint' as const, label: 'SHA-256 fingerprint', hex: certificate.fingerprint },
        ]
      : [{ kind: 'paragraph' as const, text: 'Not issued yet.' }]),
  ];
}

/** 7. Timeline: what happened and when, oldest first. */
export function timelineBlocks(input: ProjectRecordInput): Block[] {
  return [
    { kind: 'heading', text: '7. Timeline' },
    {
      kind: 'table',
      columns: [
        { header: 'When', share: 0.24 },
        { header: 'What happened', share: 0.76 },
      ],
      rows: input.timeline.map((entry) => [formatInstant(entry.at), entry.text]),
      empty: 'No events recorded.',
    },
  ];
}
