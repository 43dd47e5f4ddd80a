/** The project register as a CSV file: one row per project, in the order given. */
import { formatShortDate, isIsoDate } from '../../dates';
import { stageLabel, statusLabel, type Project } from '../../domain';
import { toCsv, type CsvColumn } from './to-csv';

/** Names the register needs that live in other tables. */
export interface ProjectRegisterLookup {
  /** A researcher's name by person id. */
  personName(personId: string): string | undefined;
  /** A connection type's name by id. */
  connectionTypeName(connectionTypeId: string): string | undefined;
  /** A DSH staff member's name by id (the case officer); absent: the column is left empty. */
  staffName?(staffId: string): string | undefined;
}

type RegisterKey =
  | 'reference'
  | 'title'
  | 'stage'
  | 'status'
  | 'lead'
  | 'caseOfficer'
  | 'organisation'
  | 'connection'
  | 'plannedStart'
  | 'plannedEnd'
  | 'receivedOn';

/** The columns of the project register export, in order. */
export const PROJECT_REGISTER_COLUMNS: readonly CsvColumn<RegisterKey>[] = [
  { key: 'reference', header: 'Reference' },
  { key: 'title', header: 'Title' },
  { key: 'stage', header: 'Stage' },
  { key: 'status', header: 'Status' },
  { key: 'lead', header: 'Lead researcher' },
  { key: 'caseOfficer', header: 'Case officer' },
  { key: 'organisation', header: 'Organisation' },
  { key: 'connection', header: 'Connection type' },
  { key: 'plannedStart', header: 'Planned start' },
  { key: 'plannedEnd', header: 'Planned end' },
  { key: 'receivedOn', header: 'Received on' },
];

/** The project register export (dates dd/MM/yyyy, names looked up; unknown values left empty). */
export function projectRegisterCsv(projects: readonly Project[], lookup: ProjectRegisterLookup): Uint8Array {
  return toCsv(
    projects.map((project) => {
      const { onboarding } = project;
      return {
        reference: project.reference,
        title: project.title,
        stage: stageLabel(project.stage),
        status: statusLabel(project.status),
        lead: onboarding.leadResearcherId ? lookup.personName(onboarding.leadResearcherId) : undefined,
        caseOfficer: project.caseOfficerId ? lookup.staffName?.(project.caseOfficerId) : undefined,
        organisation: project.enquiry.contact.organisation,
        connection: onboarding.connectionTypeId
          ? lookup.connectionTypeName(onboarding.connectionTypeId)
          : undefined,
        plannedStart: shortDate(onboarding.plannedStart),
        plannedEnd: shortDate(onboarding.plannedEnd),
        receivedOn: shortDate(project.enquiry.receivedOn),
      };
    }),
    PROJECT_REGISTER_COLUMNS,
  );
}

function shortDate(day: string | undefined): string | undefined {
  return day && isIsoDate(day) ? formatShortDate(day) : undefined;
}
