/**
 * The access list of every live project (Set Up, Access, Active): each member with their role, the user
 * access form, access granted and revoked, and their readiness today with its reasons. For the evidence pack.
 */
import { stageLabel, readinessOf, type Membership, type TrainingRecord } from '../../../../shared/domain';
import { compareKeys, type ReportTable } from '../../../../shared/domain/reports';
import type { IsoDate } from '../../../../shared/dates';
import type { LiveMembers } from '../../../db/repositories/report-queries';

/** One member of one live project. */
export interface AccessListRow {
  reference: string;
  title: string;
  stage: string;
  member: string;
  email: string;
  organisation: string;
  role: string;
  formSignedOn: string | null;
  formVersion: string | null;
  accessGrantedOn: string | null;
  grantedBy: string | null;
  accessRevokedOn: string | null;
  readiness: string;
  reasons: string;
}

const ROLES: Record<Membership['role'], string> = {
  lead: 'Lead researcher',
  analyst: 'Analyst',
  other: 'Other',
};
const READINESS = { ready: 'Ready', expiring: 'Expiring', 'not-ready': 'Not ready' } as const;

const COLUMNS: ReportTable<AccessListRow>['columns'] = [
  { key: 'reference', label: 'Project', kind: 'text' },
  { key: 'title', label: 'Title', kind: 'text' },
  { key: 'stage', label: 'Stage', kind: 'text' },
  { key: 'member', label: 'Member', kind: 'text' },
  { key: 'email', label: 'E-mail address', kind: 'text' },
  { key: 'organisation', label: 'Organisation', kind: 'text' },
  { key: 'role', label: 'Role', kind: 'text' },
  { key: 'formSignedOn', label: 'Access form signed', kind: 'date' },
  { key: 'formVersion', label: 'Form version', kind: 'text' },
  { key: 'accessGrantedOn', label: 'Access granted', kind: 'date' },
  { key: 'grantedBy', label: 'Granted by', kind: 'text' },
  { key: 'accessRevokedOn', label: 'Access revoked', kind: 'date' },
  { key: 'readiness', label: 'Readiness today', kind: 'text' },
  { key: 'reasons', label: 'Why', kind: 'text' },
];

/** Every member of every live project, by project reference, then member name. */
export function accessList(data: LiveMembers, today: IsoDate): ReportTable<AccessListRow> {
  const projects = new Map(data.projects.map((project) => [project.id, project]));
  const people = new Map(data.people.map((person) => [person.id, person]));
  const staff = new Map(data.staff.map((member) => [member.id, member.name]));
  const trainings = new Map<string, TrainingRecord[]>();
  for (const record of data.trainings)
    trainings.set(record.personId, [...(trainings.get(record.personId) ?? []), record]);
  const rows = data.memberships.flatMap((membership): AccessListRow[] => {
    const project = projects.get(membership.projectId);
    if (!project) return [];
    const person = people.get(membership.personId);
    const readiness = readinessOf(membership, trainings.get(membership.personId) ?? [], today, data.settings);
    return [
      {
        reference: project.reference,
        title: project.title,
        stage: stageLabel(project.stage),
        member: person?.name ?? 'Not recorded',
        email: person?.email ?? '',
        organisation: person?.organisation ?? '',
        role: ROLES[membership.role],
        formSignedOn: membership.accessForm?.signedOn ?? null,
        formVersion: membership.accessForm?.formVersion ?? null,
        accessGrantedOn: membership.accessGranted?.on ?? null,
        grantedBy: membership.accessGranted
          ? (staff.get(membership.accessGranted.by) ?? 'Unknown staff member')
          : null,
        accessRevokedOn: membership.accessRevoked?.on ?? null,
        readiness: READINESS[readiness.state],
        reasons: readiness.reasons.join(' '),
      },
    ];
  });
  rows.sort((a, b) => compareKeys(a.reference, b.reference) || a.member.localeCompare(b.member, 'en-GB'));
  return { columns: COLUMNS, rows };
}
