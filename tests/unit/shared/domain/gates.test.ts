import { canAdvance, STAGES, type Project, type ProjectFacts, type Stage } from '../../../../shared/domain';
import {
  IDS,
  TODAY,
  aCertificate,
  aClosureRecord,
  aCompleteOnboarding,
  fixtureId,
  gateMet,
  theCoreConnection,
  theMemberships,
} from '../../../helpers/domain-fixtures';

type World = { project: Project; facts: ProjectFacts };
type Case = [description: string, change: (world: World) => World, reason: string];

const project = (patch: Partial<Project>) => (w: World) => ({ ...w, project: { ...w.project, ...patch } });
const onboarding = (patch: Partial<Project['onboarding']>) => (w: World) =>
  project({ onboarding: { ...w.project.onboarding, ...patch } })(w);
const facts = (patch: Partial<ProjectFacts>) => (w: World) => ({ ...w, facts: { ...w.facts, ...patch } });
const memberships =
  (change: (m: ProjectFacts['memberships'][number]) => ProjectFacts['memberships'][number]) => (w: World) =>
    facts({ memberships: w.facts.memberships.map(change) })(w);
const ofAnalyst = (patch: object) =>
  memberships((m) => (m.personId === IDS.analyst ? { ...m, ...patch } : m));
const ofLead = (patch: object) => memberships((m) => (m.personId === IDS.lead ? { ...m, ...patch } : m));
const closure = (patch: Partial<NonNullable<ProjectFacts['closure']>>) =>
  facts({ closure: aClosureRecord(patch) });
const ig = aCompleteOnboarding().igReferences;

/** Each row removes ONE requirement from a project that meets its gate; the reasons must name exactly it. */
const CASES: Record<Stage, Case[]> = {
  enquiry: [
    ['no initial discussion', project({ discussion: undefined }), 'Record the initial discussion.'],
    ['no suitability outcome', project({ suitability: undefined }), 'Record the suitability outcome.'],
    [
      'outcome: more information needed',
      project({
        suitability: { outcome: 'more-information-needed', reason: 'Ask for DARS.', decidedOn: TODAY },
      }),
      'The suitability outcome must be ‘suitable’ (it is ‘more information needed’).',
    ],
    [
      'outcome: not suitable',
      project({ suitability: { outcome: 'not-suitable', reason: 'No NHS data.', decidedOn: TODAY } }),
      'The suitability outcome must be ‘suitable’ (it is ‘not suitable’).',
    ],
  ],
  onboarding: [
    ['no lead researcher chosen', onboarding({ leadResearcherId: undefined }), 'Choose the lead researcher.'],
    ['no data controller', onboarding({ dataController: '' }), 'Data controller is required.'],
    ['no dataset', onboarding({ datasets: [] }), 'Add at least one dataset.'],
    [
      'a dataset without provider',
      onboarding({ datasets: [{ ...aCompleteOnboarding().datasets[0]!, provider: ' ' }] }),
      'Dataset 1: Provider is required.',
    ],
    [
      'ethics not answered',
      onboarding({ igReferences: { ...ig, ethics: undefined } }),
      'Say whether Ethics approval applies.',
    ],
    [
      'CAG not applicable without a reason',
      onboarding({ igReferences: { ...ig, cag: { applicable: false, reason: '' } } }),
      'Say why CAG approval is not applicable.',
    ],
    ['no planned start', onboarding({ plannedStart: '' }), 'Planned start is required.'],
    [
      'end on the start day',
      onboarding({ plannedEnd: '2027-01-01' }),
      'Planned end must be after planned start.',
    ],
    [
      'end before start',
      onboarding({ plannedEnd: '2026-12-31' }),
      'Planned end must be after planned start.',
    ],
    [
      'no application',
      onboarding({ applicationIds: [], requestedApplications: [] }),
      'Add at least one application, from the catalogue or as a request for a new one.',
    ],
    ['no connection type', onboarding({ connectionTypeId: undefined }), 'Choose a connection type.'],
    [
      'a connection type no longer on the costing page',
      onboarding({ connectionTypeId: fixtureId(399) }),
      'The chosen connection type is not on the costing page: choose another.',
    ],
    [
      'no cost code for a chargeable connection',
      onboarding({ costCode: undefined }),
      'Enter a cost code: ‘Dedicated remote desktop’ is chargeable.',
    ],
    [
      'no members',
      facts({ memberships: [] }),
      'Add the people who will need access, at least the lead researcher.',
    ],
    [
      'the lead researcher is not the lead member',
      ofLead({ role: 'analyst' }),
      'Add the lead researcher, Dr A Smith, as a member with the role ‘lead’.',
    ],
  ],
  setup: [
    ...(
      [
        ['environment-created', 'Environment created'],
        ['storage-allocated', 'Storage allocated'],
        ['applications-installed', 'Applications installed'],
        ['connection-configured', 'Connection configured'],
        ['datasets-ingested', 'Datasets ingested'],
      ] as const
    ).map(([kind, label]): Case => [
      `task not done: ${kind}`,
      (w) => facts({ setupTasks: w.facts.setupTasks.filter((t) => t.kind !== kind) })(w),
      `Mark ‘${label}’ done, with who did it and when.`,
    ]),
    [
      'a member without DSH training',
      (w) =>
        facts({
          trainings: w.facts.trainings.filter(
            (t) => !(t.personId === IDS.analyst && t.kind === 'dsh-environment'),
          ),
        })(w),
      'Łukasz Nowak has no DSH environment training.',
    ],
    [
      'a member whose NHS DSA lapsed',
      (w) =>
        facts({
          trainings: w.facts.trainings.map((t) =>
            t.personId === IDS.lead && t.kind === 'nhs-dsa-level-1' ? { ...t, completedOn: '2025-11-24' } : t,
          ),
        })(w),
      'Dr A Smith has no NHS DSA Level 1 training valid on 25/11/2026.',
    ],
    ['no members', facts({ memberships: [] }), 'Add at least one member to the project.'],
  ],
  access: [
    [
      'a member who has not signed the form',
      ofAnalyst({ accessForm: undefined }),
      'Łukasz Nowak has not signed the user access form.',
    ],
    [
      'a member not granted access',
      ofAnalyst({ accessGranted: undefined }),
      'Łukasz Nowak has not been granted access.',
    ],
    [
      'a member granted access only from tomorrow',
      ofAnalyst({ accessGranted: { on: '2026-11-26', by: IDS.officer } }),
      'Łukasz Nowak has not been granted access.',
    ],
    [
      'a member whose access was revoked',
      ofLead({ accessRevoked: { on: '2026-11-20', by: IDS.officer } }),
      'Dr A Smith’s access was revoked on 20/11/2026.',
    ],
    [
      'a member whose NHS DSA lapsed (readiness gates stage moves)',
      (w) =>
        facts({
          trainings: w.facts.trainings.filter(
            (t) => !(t.personId === IDS.analyst && t.kind === 'nhs-dsa-level-1'),
          ),
        })(w),
      'Łukasz Nowak has no NHS DSA Level 1 training valid on 25/11/2026.',
    ],
    ['no members', facts({ memberships: [] }), 'Add at least one member to the project.'],
  ],
  active: [
    [
      'closure not started',
      project({ closureStart: undefined }),
      'Start the closure: record the date and the reason.',
    ],
    [
      'closure starting in the future',
      project({ closureStart: { startedOn: '2026-12-01', reason: 'early-end' } }),
      'The closure starts on 01/12/2026: wait until then.',
    ],
  ],
  closure: [
    [
      'extracts not confirmed',
      closure({ extractsConfirmed: false }),
      'Confirm the outputs extracted: record each approved extract, or confirm there were none.',
    ],
    [
      'a member’s access not revoked',
      ofLead({ accessRevoked: undefined }),
      'Dr A Smith’s access has not been revoked.',
    ],
    [
      'a member’s access revoked only from next week',
      ofLead({ accessRevoked: { on: '2026-12-02', by: IDS.officer } }),
      'Dr A Smith’s access is only revoked from 02/12/2026.',
    ],
    [
      'no storage location',
      closure({ storageLocations: [] }),
      'List where the data was stored: at least one location, including backups and removable media.',
    ],
    [
      'a storage location not checked',
      closure({
        storageLocations: [
          ...aClosureRecord().storageLocations.slice(0, 1),
          { location: 'Nightly backup set B', kind: 'backup' },
        ],
      }),
      'Check the storage location ‘Nightly backup set B’ and record who checked it and when.',
    ],
    [
      'destruction not recorded',
      closure({ destruction: undefined }),
      'Record the destruction of the data: date, method, technique, tool, verification, performed by and witnessed by.',
    ],
    [
      'no authorisation reference',
      closure({ dataOwnerAuthorisationRef: undefined }),
      'Record the data owner’s authorisation reference.',
    ],
    ['no certificate', facts({ certificate: undefined }), 'Issue the certificate of deletion.'],
    [
      'a certificate of another project',
      facts({ certificate: aCertificate({ projectId: fixtureId(2) }) }),
      'Issue the certificate of deletion.',
    ],
  ],
};

describe('the gate of each stage', () => {
  it.each(STAGES)('lets a project in %s move on when every requirement is met', (stage) => {
    const { project, facts } = gateMet(stage);
    expect(canAdvance(project, facts, TODAY)).toEqual({ allowed: true });
  });

  describe.each(STAGES)('%s: names each missing requirement on its own', (stage) => {
    it.each(CASES[stage])('%s', (_description, change, reason) => {
      const { project, facts } = change(gateMet(stage));
      expect(canAdvance(project, facts, TODAY)).toEqual({ allowed: false, reasons: [reason] });
    });
  });
});

describe('what the gates accept', () => {
  it('accepts a requested new application instead of one from the catalogue', () => {
    const world = onboarding({ applicationIds: [], requestedApplications: [{ name: 'Stata 19' }] })(
      gateMet('onboarding'),
    );
    expect(canAdvance(world.project, world.facts, TODAY)).toEqual({ allowed: true });
  });

  it('needs no cost code for the free core connection', () => {
    const world = onboarding({ connectionTypeId: IDS.coreConnection, costCode: undefined })(
      gateMet('onboarding'),
    );
    expect(canAdvance(world.project, world.facts, TODAY)).toEqual({ allowed: true });
  });

  it('accepts a confirmed empty list of extracts', () => {
    const world = closure({ extracts: [] })(gateMet('closure'));
    expect(canAdvance(world.project, world.facts, TODAY)).toEqual({ allowed: true });
  });

  it('needs no revocation for a member who never had access', () => {
    const world = facts({
      memberships: [
        ...gateMet('closure').facts.memberships,
        { ...theMemberships()[1]!, id: fixtureId(503), accessGranted: undefined },
      ],
    })(gateMet('closure'));
    expect(canAdvance(world.project, world.facts, TODAY)).toEqual({ allowed: true });
  });

  it('ignores memberships and tasks of other projects', () => {
    const world = gateMet('setup');
    const other = fixtureId(2);
    const { project, facts: f } = facts({
      memberships: [
        ...world.facts.memberships,
        { ...theMemberships()[0]!, projectId: other, accessGranted: undefined },
      ],
      setupTasks: world.facts.setupTasks.map((t) =>
        t.kind === 'storage-allocated' ? { ...t, projectId: other } : t,
      ),
    })(world);
    expect(canAdvance(project, f, TODAY)).toEqual({
      allowed: false,
      reasons: ['Mark ‘Storage allocated’ done, with who did it and when.'],
    });
  });

  it('asks for a lead member when no lead researcher is chosen yet', () => {
    const world = ofLead({ role: 'analyst' })(
      onboarding({ leadResearcherId: undefined })(gateMet('onboarding')),
    );
    expect(canAdvance(world.project, world.facts, TODAY)).toEqual({
      allowed: false,
      reasons: ['Choose the lead researcher.', 'Give one member the role ‘lead’.'],
    });
  });

  it('lists every unmet requirement at once', () => {
    const { project, facts: f } = gateMet('closure');
    const result = canAdvance(project, { ...f, closure: undefined, certificate: undefined }, TODAY);
    expect(result).toEqual({
      allowed: false,
      reasons: [
        'Confirm the outputs extracted: record each approved extract, or confirm there were none.',
        'List where the data was stored: at least one location, including backups and removable media.',
        'Record the destruction of the data: date, method, technique, tool, verification, performed by and witnessed by.',
        'Record the data owner’s authorisation reference.',
        'Issue the certificate of deletion.',
      ],
    });
  });

  it('lists every problem of an empty onboarding form', () => {
    const world = project({ onboarding: {} })(gateMet('onboarding'));
    const result = canAdvance(
      world.project,
      { ...world.facts, connectionTypes: [theCoreConnection()] },
      TODAY,
    );
    expect(result.allowed).toBe(false);
    expect(!result.allowed && result.reasons).toEqual([
      'Choose the lead researcher.',
      'Data controller is required.',
      'Add at least one dataset.',
      'Give the information-governance references, or say why each is not applicable.',
      'Planned start is required.',
      'Planned end is required.',
      'Choose a connection type.',
      'Add at least one application, from the catalogue or as a request for a new one.',
    ]);
  });
});
