/**
 * The project record: everything the team recorded about one project, stage by stage, for review away
 * from the application. Sections follow the six stages, then the timeline.
 */
import { formatLongDate } from '../../dates';
import {
  IG_REFERENCE_LABELS,
  stageLabel,
  stageNumber,
  statusLabel,
  suitabilityLabel,
  type IgReferenceKey,
} from '../../domain';
import { classificationLabel } from '../labels';
import type { Block, DocumentSpec } from '../pdf/blocks';
import { closureBlocks, timelineBlocks } from './closure-sections';
import { NOT_RECORDED, dateOrNot, personNameOf, staffNameOf, textOrNot } from './names';
import type { ProjectRecordInput } from './project-record-input';
import { activeBlocks, memberBlocks, setupBlocks } from './progress-sections';

/** The title printed on every project record. */
export const PROJECT_RECORD_TITLE = 'Project record';

/** The document a project record prints. */
export function projectRecordDocument(input: ProjectRecordInput, organisation: string): DocumentSpec {
  const { project } = input;
  const blocks: Block[] = [
    {
      kind: 'letterhead',
      organisation,
      title: PROJECT_RECORD_TITLE,
      subtitle: `${project.reference} · ${project.title}`,
    },
    {
      kind: 'keyFacts',
      facts: [
        { label: 'Project reference', value: project.reference },
        { label: 'Stage', value: `${stageNumber(project.stage)} ${stageLabel(project.stage)}` },
        { label: 'Status', value: statusLabel(project.status) },
        { label: 'As of', value: formatLongDate(input.asOf) },
      ],
    },
    {
      kind: 'fields',
      rows: [
        {
          label: 'Case officer',
          value: project.caseOfficerId ? staffNameOf(input, project.caseOfficerId) : NOT_RECORDED,
        },
      ],
    },
    ...(project.ended
      ? [
          {
            kind: 'fields' as const,
            rows: [
              { label: `${statusLabel(project.status)} on`, value: formatLongDate(project.ended.on) },
              { label: 'Reason', value: textOrNot(project.ended.reason) },
            ],
          },
        ]
      : []),
    ...enquiryBlocks(input),
    ...onboardingBlocks(input),
    ...setupBlocks(input),
    ...memberBlocks(input),
    ...activeBlocks(input),
    ...closureBlocks(input),
    ...timelineBlocks(input),
  ];
  return { organisation, runningTitle: `${PROJECT_RECORD_TITLE} · ${project.reference}`, blocks };
}

function enquiryBlocks(input: ProjectRecordInput): Block[] {
  const { enquiry, discussion, suitability } = input.project;
  const contact = enquiry.contact;
  return [
    { kind: 'heading', text: '1. Enquiry' },
    {
      kind: 'fields',
      rows: [
        { label: 'Received on', value: formatLongDate(enquiry.receivedOn) },
        { label: 'Contact', value: `${contact.name} <${contact.email}>` },
        {
          label: 'Organisation',
          value: contact.department ? `${contact.organisation}, ${contact.department}` : contact.organisation,
        },
        { label: 'Brief description', value: enquiry.description },
        { label: 'Data sources hinted', value: textOrNot(enquiry.dataSourcesHinted) },
        {
          label: 'Initial discussion',
          value: discussion
            ? `${formatLongDate(discussion.heldOn)}, with ${discussion.staffIds.map((id) => staffNameOf(input, id)).join(', ')}`
            : NOT_RECORDED,
        },
        ...(discussion?.notes ? [{ label: 'Discussion notes', value: discussion.notes }] : []),
        {
          label: 'Suitability',
          value: suitability
            ? `${capitalise(suitabilityLabel(suitability.outcome))} (${formatLongDate(suitability.decidedOn)}): ${suitability.reason}`
            : NOT_RECORDED,
        },
      ],
    },
  ];
}

function onboardingBlocks(input: ProjectRecordInput): Block[] {
  const form = input.project.onboarding;
  const applications = [
    ...(form.applicationIds ?? []).map((id) => input.applicationNames[id] ?? 'Unknown application'),
    ...(form.requestedApplications ?? []).map((request) => `${request.name} (requested)`),
  ];
  const ig = form.igReferences ?? {};
  return [
    { kind: 'heading', text: '2. Onboarding' },
    {
      kind: 'fields',
      rows: [
        { label: 'Lead researcher', value: personNameOf(input, form.leadResearcherId) },
        { label: 'Data controller', value: textOrNot(form.dataController) },
        { label: 'Planned start', value: dateOrNot(form.plannedStart) },
        { label: 'Planned end', value: dateOrNot(form.plannedEnd) },
        {
          label: 'Connection type',
          value: form.connectionTypeId
            ? (input.connectionTypeNames[form.connectionTypeId] ?? 'Unknown connection type')
            : NOT_RECORDED,
        },
        { label: 'Cost code', value: textOrNot(form.costCode) },
        { label: 'Applications', value: applications.length > 0 ? applications.join(', ') : NOT_RECORDED },
      ],
    },
    { kind: 'subheading', text: 'Datasets' },
    {
      kind: 'table',
      columns: [
        { header: 'Dataset', share: 0.32 },
        { header: 'Provider', share: 0.24 },
        { header: 'Classification', share: 0.18 },
        { header: 'Tier', share: 0.08 },
        { header: 'Approx. size', share: 0.18 },
      ],
      rows: (form.datasets ?? []).map((dataset) => [
        textOrNot(dataset.name),
        textOrNot(dataset.provider),
        dataset.classification ? classificationLabel(dataset.classification) : NOT_RECORDED,
        dataset.tier === undefined ? '' : String(dataset.tier),
        textOrNot(dataset.approxSize),
      ]),
      empty: 'No datasets recorded yet.',
    },
    { kind: 'subheading', text: 'Information governance' },
    {
      kind: 'table',
      columns: [
        { header: 'Approval or agreement', share: 0.36 },
        { header: 'Reference', share: 0.64 },
      ],
      rows: (Object.keys(IG_REFERENCE_LABELS) as IgReferenceKey[]).map((key) => {
        const entry = ig[key];
        const value = !entry
          ? NOT_RECORDED
          : entry.applicable
            ? textOrNot(entry.reference)
            : `Not applicable: ${textOrNot(entry.reason)}`;
        return [IG_REFERENCE_LABELS[key], value];
      }),
      empty: '',
    },
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
