/**
 * People, training records, projects and bookings as CSV files with exactly the importer's headers (shapes.ts), so a team can
 * export, edit in a spreadsheet and import again. Dates are written dd/MM/yyyy, as the importer reads them.
 */
import { formatShortDate } from '../dates';
import { toCsv, type CsvColumn } from '../documents/csv/to-csv';
import {
  stageLabel,
  trainingLabel,
  type Booking,
  type Membership,
  type Person,
  type Project,
  type TrainingRecord,
} from '../domain';
import { SHAPE_FIELDS } from './shapes';

function columns<K extends string>(fields: readonly { key: K; label: string }[]): CsvColumn<K>[] {
  return fields.map((field) => ({ key: field.key, header: field.label }));
}

/** The people as a CSV file the importer reads back. */
export function peopleCsv(people: readonly Person[]): Uint8Array {
  return toCsv(
    people.map((person) => ({
      name: person.name,
      email: person.email,
      organisation: person.organisation,
      department: person.department,
      phone: person.phone,
    })),
    columns(SHAPE_FIELDS.people),
  );
}

/** Training records (with their person's e-mail address) as a CSV file the importer reads back. */
export function trainingCsv(
  records: readonly TrainingRecord[],
  emailOf: (personId: string) => string | undefined,
): Uint8Array {
  return toCsv(
    records.map((record) => ({
      email: emailOf(record.personId),
      kind: trainingLabel(record.kind),
      completedOn: formatShortDate(record.completedOn),
      expiresOn: record.expiresOn && formatShortDate(record.expiresOn),
      evidenceReference: record.evidenceReference,
    })),
    columns(SHAPE_FIELDS.training),
  );
}

/** Projects with their lead researcher and members by e-mail address, as a CSV file the importer reads back. */
export function projectsCsv(
  projects: readonly Project[],
  memberships: readonly Membership[],
  emailOf: (personId: string) => string | undefined,
): Uint8Array {
  return toCsv(
    projects.map((project) => {
      const lead = project.onboarding.leadResearcherId;
      const members = memberships
        .filter((membership) => membership.projectId === project.id && membership.personId !== lead)
        .map((membership) => emailOf(membership.personId));
      return {
        reference: project.reference,
        title: project.title,
        stage: stageLabel(project.stage),
        receivedOn: formatShortDate(project.enquiry.receivedOn),
        contactName: project.enquiry.contact.name,
        contactEmail: project.enquiry.contact.email,
        organisation: project.enquiry.contact.organisation,
        description: project.enquiry.description,
        leadEmail: lead && emailOf(lead),
        memberEmails: members.filter(Boolean).join('; '),
        plannedStart: project.onboarding.plannedStart && formatShortDate(project.onboarding.plannedStart),
        plannedEnd: project.onboarding.plannedEnd && formatShortDate(project.onboarding.plannedEnd),
      };
    }),
    columns(SHAPE_FIELDS.projects),
  );
}

/** What a bookings export says of each booking: its person's e-mail address, project reference and session. */
export interface BookingNames {
  emailOf: (personId: string) => string | undefined;
  referenceOf: (projectId: string) => string | undefined;
  sessionOf: (sessionId: string) => string | undefined;
}

/** Bookings as a CSV file the importer reads back (the session in the words of the calendar). */
export function bookingsCsv(bookings: readonly Booking[], names: BookingNames): Uint8Array {
  return toCsv(
    bookings.map((booking) => ({
      email: names.emailOf(booking.personId),
      projectReference: names.referenceOf(booking.projectId),
      date: formatShortDate(booking.date),
      session: names.sessionOf(booking.sessionId),
    })),
    columns(SHAPE_FIELDS.bookings),
  );
}
