/**
 * The kinds of record a spreadsheet can bring in, and their columns: each field's label, whether it is
 * required, whether it holds a date, and the headers teams commonly give it (for the first guess of the
 * column mapping). The export writes the same headers, so an exported file imports again unchanged.
 */

/** What one file imports. */
export type ImportShape = 'people' | 'training' | 'projects' | 'bookings';

/** One field of a shape. */
export interface ImportField<K extends string = string> {
  key: K;
  /** The field's name on the mapping step and the export's header. */
  label: string;
  required: boolean;
  date?: boolean;
  /** Headers that mean this field, compared after folding (see foldHeader). */
  aliases: readonly string[];
}

/** The fields of a person. */
export type PersonField = 'name' | 'email' | 'organisation' | 'department' | 'phone';
/** The fields of a training record. */
export type TrainingField = 'email' | 'kind' | 'completedOn' | 'expiresOn' | 'evidenceReference';

const EMAIL: ImportField<'email'> = {
  key: 'email',
  label: 'E-mail address',
  required: true,
  aliases: ['email', 'e mail', 'email address', 'e mail address', 'mail', 'researcher email'],
};

/** The fields of a booking of the core connection. */
export type BookingField = 'email' | 'projectReference' | 'date' | 'session';

/** The fields of a project. */
export type ProjectField =
  | 'reference'
  | 'title'
  | 'stage'
  | 'receivedOn'
  | 'contactName'
  | 'contactEmail'
  | 'organisation'
  | 'description'
  | 'leadEmail'
  | 'memberEmails'
  | 'plannedStart'
  | 'plannedEnd';

/** Every shape's fields, in the order of the mapping step and the export. */
export const SHAPE_FIELDS = {
  people: [
    {
      key: 'name',
      label: 'Name',
      required: true,
      aliases: ['name', 'full name', 'researcher', 'researcher name', 'person', 'person name'],
    },
    EMAIL,
    {
      key: 'organisation',
      label: 'Organisation',
      required: true,
      aliases: ['organisation', 'organization', 'institution', 'org', 'employer', 'university'],
    },
    {
      key: 'department',
      label: 'Department',
      required: false,
      aliases: ['department', 'dept', 'school', 'faculty', 'division'],
    },
    {
      key: 'phone',
      label: 'Phone number',
      required: false,
      aliases: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'telephone number'],
    },
  ] satisfies ImportField<PersonField>[],
  training: [
    EMAIL,
    {
      key: 'kind',
      label: 'Training',
      required: true,
      aliases: ['training', 'course', 'kind', 'training kind', 'course name', 'type', 'training type'],
    },
    {
      key: 'completedOn',
      label: 'Completion date',
      required: true,
      date: true,
      aliases: ['completion date', 'completed', 'completed on', 'date completed', 'date', 'passed on'],
    },
    {
      key: 'expiresOn',
      label: 'Expiry date',
      required: false,
      date: true,
      aliases: ['expiry date', 'expires', 'expires on', 'expiry', 'valid until', 'expiration date'],
    },
    {
      key: 'evidenceReference',
      label: 'Evidence reference',
      required: false,
      aliases: [
        'evidence reference',
        'certificate reference',
        'certificate',
        'certificate number',
        'evidence',
        'reference',
        'cert ref',
      ],
    },
  ] satisfies ImportField<TrainingField>[],
  projects: [
    {
      key: 'reference',
      label: 'Project reference',
      required: false,
      aliases: ['reference', 'project reference', 'ref', 'project ref', 'dsh reference', 'project id'],
    },
    {
      key: 'title',
      label: 'Title',
      required: true,
      aliases: ['title', 'project title', 'working title', 'project'],
    },
    { key: 'stage', label: 'Stage', required: true, aliases: ['stage', 'current stage', 'status', 'phase'] },
    {
      key: 'receivedOn',
      label: 'Date received',
      required: true,
      date: true,
      aliases: ['date received', 'received', 'received on', 'enquiry date', 'date of enquiry'],
    },
    {
      key: 'contactName',
      label: 'Contact name',
      required: true,
      aliases: ['contact name', 'contact', 'enquirer', 'enquirer name'],
    },
    {
      key: 'contactEmail',
      label: 'Contact e-mail address',
      required: true,
      aliases: ['contact email', 'contact e mail', 'enquirer email', 'contact email address'],
    },
    {
      key: 'organisation',
      label: 'Organisation',
      required: true,
      aliases: ['organisation', 'organization', 'institution', 'org'],
    },
    {
      key: 'description',
      label: 'Brief description',
      required: true,
      aliases: ['brief description', 'description', 'summary', 'abstract'],
    },
    {
      key: 'leadEmail',
      label: 'Lead researcher’s e-mail address',
      required: false,
      aliases: [
        'lead researcher email',
        'lead email',
        'pi email',
        'lead researcher e mail',
        'lead researcher',
      ],
    },
    {
      key: 'memberEmails',
      label: 'Members’ e-mail addresses',
      required: false,
      aliases: ['members', 'member emails', 'team', 'researchers', 'users', 'members emails'],
    },
    {
      key: 'plannedStart',
      label: 'Planned start',
      required: false,
      date: true,
      aliases: ['planned start', 'start date', 'start'],
    },
    {
      key: 'plannedEnd',
      label: 'Planned end',
      required: false,
      date: true,
      aliases: ['planned end', 'end date', 'end'],
    },
  ] satisfies ImportField<ProjectField>[],
  bookings: [
    EMAIL,
    {
      key: 'projectReference',
      label: 'Project reference',
      required: true,
      aliases: ['project reference', 'reference', 'project', 'project ref', 'ref', 'dsh reference'],
    },
    {
      key: 'date',
      label: 'Date',
      required: true,
      date: true,
      aliases: ['date', 'booking date', 'day', 'session date', 'booked on'],
    },
    {
      key: 'session',
      label: 'Session',
      required: true,
      aliases: ['session', 'slot', 'time', 'times', 'session time', 'booking session'],
    },
  ] satisfies ImportField<BookingField>[],
} as const;

/** The shapes as the officer chooses them. */
export const SHAPE_LABELS: Record<ImportShape, string> = {
  people: 'People (researchers)',
  training: 'Training records',
  projects: 'Projects (at their stage, with members)',
  bookings: 'Bookings of the core connection',
};

/** A header or an e-mail address compared without letter case, accents or punctuation. */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** An e-mail address compared without letter case or accents (how existing people are matched). */
export function foldEmail(email: string): string {
  return email.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}
