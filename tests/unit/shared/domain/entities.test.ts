import type { z } from 'zod';
import {
  ApplicationSchema,
  AuditEventSchema,
  BlackoutDateSchema,
  BookingSchema,
  CertificateSchema,
  ChangeRequestSchema,
  ClosureRecordSchema,
  ConnectionTypeSchema,
  DEFAULT_SETTINGS,
  MembershipSchema,
  PersonSchema,
  ProjectSchema,
  SessionTemplateSchema,
  SettingsSchema,
  SetupTaskSchema,
  StaffMemberSchema,
  TrainingRecordSchema,
} from '../../../../shared/domain';
import {
  IDS,
  aCertificate,
  aClosureRecord,
  aMembership,
  aPerson,
  aProject,
  aStaffMember,
  aTraining,
  anApplication,
  fixtureId,
  issuesOf,
  recordBase,
  theCoreConnection,
  theDedicatedConnection,
  theSetupTasks,
} from '../../../helpers/domain-fixtures';

const base = recordBase(fixtureId(999));

const VALID: [string, z.ZodType, unknown][] = [
  ['Project (enquiry)', ProjectSchema, aProject()],
  [
    'Project (onboarding draft saved empty)',
    ProjectSchema,
    aProject({ stage: 'onboarding', onboarding: {} }),
  ],
  ['Person', PersonSchema, aPerson()],
  ['Person with a phone number', PersonSchema, aPerson({ phone: '+44 (0)20 7946 0000' })],
  ['Membership', MembershipSchema, aMembership({ accessRevoked: { on: '2026-11-20', by: IDS.officer } })],
  [
    'Membership without form or access yet',
    MembershipSchema,
    aMembership({ accessForm: undefined, accessGranted: undefined }),
  ],
  ['TrainingRecord (DSA)', TrainingRecordSchema, aTraining()],
  [
    'TrainingRecord (DSH, no evidence)',
    TrainingRecordSchema,
    aTraining({ kind: 'dsh-environment', evidenceReference: undefined }),
  ],
  ['SetupTask', SetupTaskSchema, theSetupTasks()[0]],
  [
    'ChangeRequest (add a user, done)',
    ChangeRequestSchema,
    {
      ...base,
      projectId: IDS.project,
      kind: 'add-user',
      personId: IDS.analyst,
      status: 'done',
      requestedOn: '2026-09-01',
      decidedOn: '2026-09-02',
      doneOn: '2026-09-10',
    },
  ],
  [
    'ChangeRequest (add a new application)',
    ChangeRequestSchema,
    {
      ...base,
      projectId: IDS.project,
      kind: 'add-application',
      newApplicationName: 'Stata 19',
      status: 'requested',
      requestedOn: '2026-09-01',
    },
  ],
  [
    'Booking',
    BookingSchema,
    {
      ...base,
      personId: IDS.lead,
      projectId: IDS.project,
      date: '2026-12-01',
      sessionId: fixtureId(1001),
      status: 'booked',
    },
  ],
  [
    'Booking (cancelled)',
    BookingSchema,
    {
      ...base,
      personId: IDS.lead,
      projectId: IDS.project,
      date: '2026-12-01',
      sessionId: fixtureId(1001),
      status: 'cancelled',
      cancelReason: 'Bank holiday',
    },
  ],
  ['ClosureRecord', ClosureRecordSchema, aClosureRecord()],
  [
    'ClosureRecord (started, nothing yet)',
    ClosureRecordSchema,
    aClosureRecord({ extractsConfirmed: false, extracts: [], storageLocations: [], destruction: undefined }),
  ],
  ['Certificate', CertificateSchema, aCertificate()],
  ['StaffMember', StaffMemberSchema, aStaffMember()],
  ['Application', ApplicationSchema, anApplication()],
  ['ConnectionType (free)', ConnectionTypeSchema, theCoreConnection()],
  ['ConnectionType (chargeable)', ConnectionTypeSchema, theDedicatedConnection()],
  [
    'SessionTemplate',
    SessionTemplateSchema,
    { ...base, weekday: 1, start: '09:00', end: '13:00', seats: 6, active: true },
  ],
  ['BlackoutDate', BlackoutDateSchema, { ...base, date: '2026-12-25', reason: 'Christmas Day' }],
  ['Settings', SettingsSchema, { ...base, id: 'settings', ...DEFAULT_SETTINGS }],
  [
    'AuditEvent',
    AuditEventSchema,
    {
      id: fixtureId(2001),
      seq: 1,
      at: '2026-11-25T10:15:00.000Z',
      actor: { staffId: IDS.officer, staffName: 'Sam Officer', osUser: 'soffice' },
      entity: 'project',
      entityId: IDS.project,
      action: 'move-back',
      changes: { stage: { before: 'setup', after: 'onboarding' }, title: { after: 'New' } },
      reason: 'Form incomplete',
      prevHash: '0'.repeat(64),
      hash: 'f'.repeat(64),
    },
  ],
];

describe('entity schemas', () => {
  it.each(VALID)('accept a valid %s', (_name, schema, value) => {
    expect(issuesOf(schema, value)).toEqual([]);
  });

  it.each<[string, z.ZodType, unknown, { path: string; message: string }]>([
    [
      'a title over 200 characters',
      ProjectSchema,
      aProject({ title: 'x'.repeat(201) }),
      { path: 'title', message: 'Title must be at most 200 characters.' },
    ],
    [
      'a blank title',
      ProjectSchema,
      aProject({ title: '   ' }),
      { path: 'title', message: 'Title is required.' },
    ],
    [
      'a malformed reference',
      ProjectSchema,
      aProject({ reference: 'DSH-26-14' }),
      { path: 'reference', message: 'Project reference must look like DSH-2026-014.' },
    ],
    [
      'an unknown stage',
      ProjectSchema,
      aProject({ stage: 'review' as never }),
      { path: 'stage', message: 'Stage must be enquiry, onboarding, setup, access, active or closure.' },
    ],
    [
      'a closed project that never ended',
      ProjectSchema,
      aProject({ stage: 'closure', status: 'closed' }),
      { path: 'ended', message: 'Record when the project ended.' },
    ],
    [
      'a name over 120 characters',
      PersonSchema,
      aPerson({ name: 'n'.repeat(121) }),
      { path: 'name', message: 'Name must be at most 120 characters.' },
    ],
    [
      'a malformed e-mail',
      PersonSchema,
      aPerson({ email: 'a.smith@' }),
      { path: 'email', message: 'E-mail address must look like name@example.ac.uk.' },
    ],
    [
      'a phone number with letters',
      PersonSchema,
      aPerson({ phone: 'call me' }),
      {
        path: 'phone',
        message: 'Phone number may hold only digits, spaces, brackets, a dash and a leading +.',
      },
    ],
    [
      'an impossible date',
      TrainingRecordSchema,
      aTraining({ completedOn: '2026-02-30' }),
      { path: 'completedOn', message: 'Completion date must be a real calendar date.' },
    ],
    [
      'a UK-format date',
      TrainingRecordSchema,
      aTraining({ completedOn: '25/11/2026' }),
      { path: 'completedOn', message: 'Completion date must be a real calendar date.' },
    ],
    [
      'a Date object for a date',
      TrainingRecordSchema,
      aTraining({ completedOn: new Date() as never }),
      { path: 'completedOn', message: 'Completion date must be a date.' },
    ],
    [
      'a local time for an instant',
      PersonSchema,
      aPerson({ createdAt: '2026-11-25T10:00:00+01:00' }),
      { path: 'createdAt', message: 'Created at must be a UTC date and time.' },
    ],
    [
      'a revision of 0',
      PersonSchema,
      aPerson({ revision: 0 }),
      { path: 'revision', message: `Revision must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}.` },
    ],
    [
      'an id that is not a uuid',
      MembershipSchema,
      aMembership({ personId: 'lead' }),
      { path: 'personId', message: 'Person is not a valid record id.' },
    ],
    [
      'a fractional price',
      ConnectionTypeSchema,
      theDedicatedConnection({ pricePence: 10.5 }),
      { path: 'pricePence', message: 'Price in pence must be a whole number from 0 to 100000000.' },
    ],
    [
      'a free connection with a price',
      ConnectionTypeSchema,
      theCoreConnection({ pricePence: 100 }),
      { path: 'pricePence', message: 'A free connection must have a price of £0.00.' },
    ],
    [
      'an upper-case fingerprint',
      CertificateSchema,
      aCertificate({ fingerprint: 'A'.repeat(64) }),
      { path: 'fingerprint', message: 'The fingerprint must be 64 lower-case hexadecimal characters.' },
    ],
    [
      'a malformed certificate number',
      CertificateSchema,
      aCertificate({ number: 'DSH-CERT-2026-7' }),
      { path: 'number', message: 'Certificate number must look like DSH-CERT-2026-0007.' },
    ],
  ])('refuse %s with a field-level message', (_name, schema, value, issue) => {
    expect(issuesOf(schema, value)).toContainEqual(issue);
  });

  it('stores e-mail addresses trimmed and lower-cased', () => {
    expect(PersonSchema.parse(aPerson({ email: '  A.Smith@Example.AC.UK ' })).email).toBe(
      'a.smith@example.ac.uk',
    );
  });

  it('refuses a booking cancelled without a reason', () => {
    const booking = {
      ...base,
      personId: IDS.lead,
      projectId: IDS.project,
      date: '2026-12-01',
      sessionId: fixtureId(1001),
      status: 'cancelled',
    };
    expect(issuesOf(BookingSchema, booking)).toEqual([
      { path: 'cancelReason', message: 'Give a reason for cancelling.' },
    ]);
  });

  it('refuses an approved change request without the date of the decision', () => {
    const request = {
      ...base,
      projectId: IDS.project,
      kind: 'add-user',
      personId: IDS.analyst,
      status: 'approved',
      requestedOn: '2026-09-01',
    };
    expect(issuesOf(ChangeRequestSchema, request)).toEqual([
      { path: 'decidedOn', message: 'Record the date of the decision.' },
    ]);
  });

  it('refuses an audit event with a broken hash or an unknown entity', () => {
    const event = VALID.find(([name]) => name === 'AuditEvent')![2] as object;
    expect(issuesOf(AuditEventSchema, { ...event, hash: 'xyz' })).toEqual([
      { path: 'hash', message: 'Hash must be 64 lower-case hexadecimal characters.' },
    ]);
    expect(issuesOf(AuditEventSchema, { ...event, entity: 'spaceship' }).map((i) => i.path)).toEqual([
      'entity',
    ]);
  });

  describe('imports with extra keys are refused', () => {
    it('refuses a __proto__ key at the top level', () => {
      const json = JSON.stringify(aPerson()).replace(/}$/, ',"__proto__":{"isAdmin":true}}');
      const imported: unknown = JSON.parse(json);
      expect(issuesOf(PersonSchema, imported)).toEqual([
        { path: '', message: 'Unexpected field: __proto__.' },
      ]);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });

    it('refuses a __proto__ key in a nested record', () => {
      const project = aProject();
      const json = JSON.stringify(project).replace(
        '"dataController":',
        '"__proto__":{"polluted":1},"dataController":',
      );
      expect(issuesOf(ProjectSchema, JSON.parse(json))).toEqual([
        { path: 'onboarding', message: 'Unexpected field: __proto__.' },
      ]);
    });

    it('refuses any unknown field', () => {
      expect(issuesOf(StaffMemberSchema, { ...aStaffMember(), admin: true, notes: '' })).toEqual([
        { path: '', message: 'Unexpected fields: admin, notes.' },
      ]);
    });
  });
});
