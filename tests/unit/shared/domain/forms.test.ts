import {
  ChangeRequestFormSchema,
  ClosureStartFormSchema,
  ConnectionTypeFormSchema,
  DestructionFormSchema,
  DiscussionFormSchema,
  EnquiryFormSchema,
  MembershipAccessFormSchema,
  OnboardingDraftSchema,
  OnboardingFormSchema,
  ReasonFormSchema,
  SessionTemplateFormSchema,
  SettingsFormSchema,
  StorageLocationFormSchema,
  SuitabilityFormSchema,
  TrainingFormSchema,
  onboardingFormSchema,
  validateOnboarding,
  DEFAULT_SETTINGS,
} from '../../../../shared/domain';
import {
  IDS,
  aClosureRecord,
  aCompleteOnboarding,
  issuesOf,
  theCoreConnection,
  theDedicatedConnection,
} from '../../../helpers/domain-fixtures';

const connectionTypes = [theCoreConnection(), theDedicatedConnection()];
const enquiry = {
  title: 'Hospital admissions after long COVID',
  receivedOn: '2026-02-01',
  contact: { name: 'Dr A Smith', email: 'a.smith@example.ac.uk', organisation: 'University of Example' },
  description: 'Linked hospital records.',
};

describe('enquiry forms', () => {
  it('accept a complete enquiry, discussion and outcome', () => {
    expect(issuesOf(EnquiryFormSchema, enquiry)).toEqual([]);
    expect(issuesOf(DiscussionFormSchema, { heldOn: '2026-02-10', staffIds: [IDS.officer] })).toEqual([]);
    expect(
      issuesOf(SuitabilityFormSchema, { outcome: 'suitable', reason: 'Fits', decidedOn: '2026-02-10' }),
    ).toEqual([]);
  });

  it('say what is missing, field by field', () => {
    expect(
      issuesOf(EnquiryFormSchema, { ...enquiry, title: '', contact: { ...enquiry.contact, email: 'smith' } }),
    ).toEqual([
      { path: 'title', message: 'Title is required.' },
      { path: 'contact.email', message: 'Contact e-mail address must look like name@example.ac.uk.' },
    ]);
    expect(issuesOf(DiscussionFormSchema, { heldOn: '2026-02-10', staffIds: [] })).toEqual([
      { path: 'staffIds', message: 'Choose who from the DSH team took part.' },
    ]);
    expect(
      issuesOf(SuitabilityFormSchema, { outcome: 'maybe', reason: ' ', decidedOn: '2026-02-10' }),
    ).toEqual([
      {
        path: 'outcome',
        message: 'Suitability outcome must be suitable, not-suitable or more-information-needed.',
      },
      { path: 'reason', message: 'Give the reason for this outcome.' },
    ]);
  });

  it('refuse a description over 4000 characters', () => {
    expect(issuesOf(EnquiryFormSchema, { ...enquiry, description: 'd'.repeat(4001) })).toEqual([
      { path: 'description', message: 'Brief description must be at most 4000 characters.' },
    ]);
  });
});

describe('onboarding', () => {
  it('saves a draft with anything missing, but still well-formed', () => {
    expect(issuesOf(OnboardingDraftSchema, {})).toEqual([]);
    expect(issuesOf(OnboardingDraftSchema, { plannedStart: '', datasets: [{ name: 'HES' }] })).toEqual([]);
    expect(
      issuesOf(OnboardingDraftSchema, { plannedStart: '2027-02-30', datasets: [{ tier: 'three' }] }),
    ).toEqual([
      { path: 'datasets.0.tier', message: 'Tier must be a whole number from 0 to 4.' },
      { path: 'plannedStart', message: 'Planned start must be a real calendar date.' },
    ]);
  });

  it('accepts the complete form', () => {
    expect(issuesOf(onboardingFormSchema(connectionTypes), aCompleteOnboarding())).toEqual([]);
  });

  it('needs the end after the start', () => {
    expect(issuesOf(OnboardingFormSchema, aCompleteOnboarding({ plannedEnd: '2026-06-30' }))).toEqual([
      { path: 'plannedEnd', message: 'Planned end must be after planned start.' },
    ]);
  });

  it('needs a cost code only when the chosen connection is chargeable', () => {
    const schema = onboardingFormSchema(connectionTypes);
    expect(issuesOf(schema, aCompleteOnboarding({ costCode: '' }))).toEqual([
      { path: 'costCode', message: 'Enter a cost code: ‘Dedicated remote desktop’ is chargeable.' },
    ]);
    expect(
      issuesOf(schema, aCompleteOnboarding({ costCode: undefined, connectionTypeId: IDS.coreConnection })),
    ).toEqual([]);
  });

  it('asks for a reference, or a reason when not applicable', () => {
    const igReferences = {
      ...aCompleteOnboarding().igReferences,
      ethics: { applicable: true, reference: '' },
    };
    expect(issuesOf(OnboardingFormSchema, { ...aCompleteOnboarding(), igReferences })).toEqual([
      { path: 'igReferences.ethics.reference', message: 'Ethics approval reference is required.' },
    ]);
  });

  it('validates a draft against the catalogue, listing every issue once', () => {
    const issues = validateOnboarding(
      { plannedStart: '2027-05-01', plannedEnd: '2027-01-01', connectionTypeId: IDS.dedicatedConnection },
      connectionTypes,
    );
    expect(issues).toEqual([
      { path: 'leadResearcherId', message: 'Choose the lead researcher.' },
      { path: 'dataController', message: 'Data controller is required.' },
      { path: 'datasets', message: 'Add at least one dataset.' },
      {
        path: 'igReferences',
        message: 'Give the information-governance references, or say why each is not applicable.',
      },
      { path: 'plannedEnd', message: 'Planned end must be after planned start.' },
      {
        path: 'applicationIds',
        message: 'Add at least one application, from the catalogue or as a request for a new one.',
      },
      { path: 'costCode', message: 'Enter a cost code: ‘Dedicated remote desktop’ is chargeable.' },
    ]);
  });
});

describe('people and access forms', () => {
  it('need a certificate reference for NHS DSA training and an expiry after completion', () => {
    expect(
      issuesOf(TrainingFormSchema, {
        personId: IDS.lead,
        kind: 'nhs-dsa-level-1',
        completedOn: '2026-06-01',
        expiresOn: '2026-05-01',
      }),
    ).toEqual([
      { path: 'expiresOn', message: 'Expiry date must be after the completion date.' },
      { path: 'evidenceReference', message: 'Enter the certificate reference of the NHS DSA training.' },
    ]);
  });

  it('grant access only after the form is signed, and revoke only after granting', () => {
    expect(
      issuesOf(MembershipAccessFormSchema, { accessGranted: { on: '2026-07-02', by: IDS.officer } }),
    ).toEqual([
      { path: 'accessGranted', message: 'Access can only be granted once the user access form is signed.' },
    ]);
    expect(
      issuesOf(MembershipAccessFormSchema, {
        accessForm: { signedOn: '2026-07-03', formVersion: 'v3' },
        accessGranted: { on: '2026-07-02', by: IDS.officer },
        accessRevoked: { on: '2026-07-01', by: IDS.officer },
      }),
    ).toEqual([
      {
        path: 'accessGranted.on',
        message: 'Access cannot be granted before the user access form was signed.',
      },
      { path: 'accessRevoked.on', message: 'Access cannot be revoked before it was granted.' },
    ]);
    expect(
      issuesOf(MembershipAccessFormSchema, {
        accessGranted: { on: '2026-07-02' },
        accessForm: { signedOn: '2026-07-01', formVersion: 'v3' },
      }),
    ).toEqual([{ path: 'accessGranted.by', message: 'Choose who granted access.' }]);
  });
});

describe('active and closure forms', () => {
  it('name one application for an add-application request', () => {
    expect(
      issuesOf(ChangeRequestFormSchema, {
        kind: 'add-application',
        applicationId: IDS.application,
        newApplicationName: 'Stata',
        requestedOn: '2026-09-01',
      }),
    ).toEqual([
      {
        path: 'applicationId',
        message: 'Choose one application from the catalogue, or name one new application.',
      },
    ]);
    expect(issuesOf(ChangeRequestFormSchema, { kind: 'add-user', requestedOn: '2026-09-01' })).toEqual([
      { path: 'personId', message: 'Choose the person to add.' },
    ]);
  });

  it('needs a note when closure starts for another reason', () => {
    expect(issuesOf(ClosureStartFormSchema, { startedOn: '2026-11-01', reason: 'other' })).toEqual([
      { path: 'note', message: 'Say why the project is closing.' },
    ]);
  });

  it('needs a witness other than the person who destroyed the data', () => {
    const destruction = aClosureRecord().destruction!;
    expect(
      issuesOf(DestructionFormSchema, {
        ...destruction,
        witnessedBy: { name: 'sam officer', role: 'Officer' },
      }),
    ).toEqual([
      {
        path: 'witnessedBy.name',
        message: 'The witness must be someone other than the person who destroyed the data.',
      },
    ]);
    expect(issuesOf(DestructionFormSchema, { ...destruction, method: 'Shred' })).toEqual([
      { path: 'method', message: 'Method must be Clear, Purge or Destroy.' },
    ]);
  });

  it('records who checked a storage location together with when', () => {
    expect(
      issuesOf(StorageLocationFormSchema, {
        location: 'USB stick 4',
        kind: 'removable',
        checkedBy: IDS.officer,
      }),
    ).toEqual([{ path: 'checkedOn', message: 'Record both who checked the location and when.' }]);
  });
});

describe('catalogue and settings forms', () => {
  it('refuse a session that ends before it starts, and a bad time', () => {
    expect(
      issuesOf(SessionTemplateFormSchema, {
        weekday: 1,
        start: '13:00',
        end: '09:00',
        seats: 6,
        active: true,
      }),
    ).toEqual([{ path: 'end', message: 'End must be after start.' }]);
    expect(
      issuesOf(SessionTemplateFormSchema, { weekday: 8, start: '9am', end: '13:00', seats: 6, active: true }),
    ).toEqual([
      { path: 'weekday', message: 'Weekday must be a whole number from 1 to 7.' },
      { path: 'start', message: 'Start must be a time written HH:mm, e.g. 09:00.' },
    ]);
  });

  it.each([
    ['starts', { start: '01:30', end: '04:00' }, ['start']],
    ['starts on the hour', { start: '01:00', end: '03:00' }, ['start']],
    ['ends', { start: '00:00', end: '01:45' }, ['end']],
    ['starts and ends', { start: '01:00', end: '01:59' }, ['start', 'end']],
  ] as const)('refuse a session that %s in the hour the clocks change', (_, times, fields) => {
    const issues = issuesOf(SessionTemplateFormSchema, { weekday: 7, seats: 6, active: true, ...times });
    expect(issues.map((issue) => issue.path)).toEqual(fields);
    expect(issues[0]!.message).toBe(
      `${fields[0] === 'start' ? 'Start' : 'End'} cannot be between 01:00 and 02:00: that is the hour the UK ` +
        'clocks change (it is skipped on the last Sunday of March and happens twice on the last Sunday of ' +
        'October), so the session would have no one time on those days. Choose 02:00 or later, or before 01:00.',
    );
  });

  it('accept a session that ends as the clock-change hour begins or starts as it ends', () => {
    for (const times of [
      { start: '00:00', end: '00:59' },
      { start: '02:00', end: '06:00' },
      { start: '00:30', end: '02:30' },
    ]) {
      expect(issuesOf(SessionTemplateFormSchema, { weekday: 7, seats: 6, active: true, ...times })).toEqual(
        [],
      );
    }
  });

  it('refuse a chargeable connection at £0', () => {
    const {
      id: _id,
      revision: _r,
      createdAt: _c,
      updatedAt: _u,
      ...form
    } = theDedicatedConnection({ pricePence: 0 });
    expect(issuesOf(ConnectionTypeFormSchema, form)).toEqual([
      { path: 'pricePence', message: 'Give a price above £0.00, or choose the unit ‘free’.' },
    ]);
  });

  it('accept the default settings and refuse a DSA validity of 0 months', () => {
    expect(issuesOf(SettingsFormSchema, DEFAULT_SETTINGS)).toEqual([]);
    expect(issuesOf(SettingsFormSchema, { ...DEFAULT_SETTINGS, dsaValidityMonths: 0 })).toEqual([
      {
        path: 'dsaValidityMonths',
        message: 'NHS DSA validity (months) must be a whole number from 1 to 60.',
      },
    ]);
  });
});

describe('reason forms', () => {
  it.each(['', '   '])('refuse an empty reason (%j)', (reason) => {
    expect(issuesOf(ReasonFormSchema, { reason })).toEqual([{ path: 'reason', message: 'Give a reason.' }]);
  });

  it('refuse a reason over 1000 characters and keep one of 1000', () => {
    expect(issuesOf(ReasonFormSchema, { reason: 'r'.repeat(1001) })).toEqual([
      { path: 'reason', message: 'Reason must be at most 1000 characters.' },
    ]);
    expect(ReasonFormSchema.parse({ reason: ` ${'r'.repeat(1000)} ` }).reason).toHaveLength(1000);
  });
});
