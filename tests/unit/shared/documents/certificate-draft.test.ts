import {
  DEFAULT_STATEMENT,
  STATEMENT_WITH_OUTPUTS,
  agreementReferencesOf,
  certificateDraftOf,
} from '../../../../shared/documents/certificate/certificate-draft';
import { aClosureRecord, aCompleteOnboarding, aProject } from '../../../helpers/domain-fixtures';

const project = aProject({ stage: 'closure' });
const ISSUED = '2026-11-25';

/** A closure record whose locations carry their own media and sanitisation, as recorded today. */
function aDetailedClosure() {
  const closure = aClosureRecord();
  return aClosureRecord({
    storageLocations: [
      {
        ...closure.storageLocations[0]!,
        mediaType: 'NetApp volume',
        identifier: 'DSH-NAS-01',
        afterwards: 'reused',
      },
      {
        ...closure.storageLocations[1]!,
        mediaType: 'LTO-8 tape',
        identifier: 'Tape 000417',
        method: 'Destroy',
        technique: 'Shredded by the contractor',
        verification: 'Destruction certificate WS-1182 from the contractor.',
        afterwards: 'destroyed',
      },
    ],
    destruction: { ...closure.destruction!, backupsOverwrittenBy: '2026-12-12' },
  });
}

describe('certificateDraftOf', () => {
  it('builds every printed field from the project, its lead researcher, its closure record and Settings', () => {
    const staff = [{ name: 'Sam Officer', email: 'sam.officer@example.ac.uk' }];
    const { draft, problems } = certificateDraftOf(
      {
        project,
        leadName: 'Łukasz Żółć',
        closure: aDetailedClosure(),
        organisationName: 'University of Example Data Safe Haven',
        organisationAddress: '1 College Road, Exampleton EX1 2AB',
        organisationContact: 'dsh@example.ac.uk · 01234 567890',
        staff,
      },
      ISSUED,
    );
    expect(problems).toEqual([]);
    expect(draft).toEqual({
      projectReference: 'DSH-2026-014',
      projectTitle: 'Hospital admissions after long COVID',
      leadResearcher: 'Łukasz Żółć',
      dataController: 'University of Example',
      dataProviders: ['NHS England'],
      agreementReferences: [
        { label: 'Ethics approval', reference: 'REC 26/LO/0142' },
        { label: 'IRAS / HRA approval', reference: 'IRAS 334455' },
        { label: 'NHS England DARS / DSA', reference: 'DARS-NIC-654321' },
        { label: 'DSPT of the organisation', reference: 'DSPT 8J123' },
      ],
      datasets: [{ name: 'Hospital Episode Statistics', provider: 'NHS England' }],
      storageLocations: [
        {
          location: 'Project share \\\\dsh\\p014',
          kind: 'primary',
          mediaType: 'NetApp volume',
          identifier: 'DSH-NAS-01',
          // No sanitisation of its own: the project's applies.
          method: 'Purge',
          technique: 'Cryptographic erase',
          verification: 'Sample read-back found no data.',
          afterwards: 'reused',
        },
        {
          location: 'Nightly backup set B',
          kind: 'backup',
          mediaType: 'LTO-8 tape',
          identifier: 'Tape 000417',
          method: 'Destroy',
          technique: 'Shredded by the contractor',
          verification: 'Destruction certificate WS-1182 from the contractor.',
          afterwards: 'destroyed',
        },
      ],
      method: 'Purge',
      technique: 'Cryptographic erase',
      tool: 'VeraCrypt 1.26',
      verification: 'Sample read-back found no data.',
      destroyedOn: '2026-11-12',
      backupsOverwrittenBy: '2026-12-12',
      performedBy: { name: 'Sam Officer', role: 'DSH officer' },
      witnessedBy: { name: 'Pat Manager', role: 'DSH manager' },
      // The signatories' organisation is the DSH; a contact is known for those on the staff list.
      attestation: {
        performedBy: {
          organisation: 'University of Example Data Safe Haven',
          contact: 'sam.officer@example.ac.uk',
        },
        witnessedBy: { organisation: 'University of Example Data Safe Haven' },
      },
      dataOwnerAuthorisationRef: 'NHSE-AUTH-2026-77',
      outputsRetained: [
        { description: 'Aggregate tables for the paper', approvedBy: 'Dr B Jones', approvedOn: '2026-11-02' },
      ],
      statement: STATEMENT_WITH_OUTPUTS,
      issuedOn: ISSUED,
      issuer: {
        address: '1 College Road, Exampleton EX1 2AB',
        contact: 'dsh@example.ac.uk · 01234 567890',
      },
    });
  });

  it('keeps the data controller apart from the providers, each provider once', () => {
    const twoProviders = aProject({
      stage: 'closure',
      onboarding: aCompleteOnboarding({
        dataController: 'Example NHS Foundation Trust',
        datasets: [
          {
            name: 'HES',
            provider: 'NHS England',
            classification: 'pseudonymised',
            tier: 2,
            approxSize: '1 GB',
          },
          {
            name: 'Deaths',
            provider: 'ONS',
            classification: 'pseudonymised',
            tier: 2,
            approxSize: '1 GB',
          },
          {
            name: 'ECDS',
            provider: 'NHS England',
            classification: 'pseudonymised',
            tier: 2,
            approxSize: '1 GB',
          },
        ],
      }),
    });
    const { draft } = certificateDraftOf(
      { project: twoProviders, leadName: undefined, closure: aClosureRecord(), organisationName: 'DSH' },
      ISSUED,
    );
    expect(draft?.dataController).toBe('Example NHS Foundation Trust');
    expect(draft?.dataProviders).toEqual(['NHS England', 'ONS']);
  });

  it('says in its statement that the listed outputs remain when outputs were kept, and that nothing remains otherwise', () => {
    const sources = { project, leadName: undefined, organisationName: 'DSH' };
    const kept = certificateDraftOf({ ...sources, closure: aClosureRecord() }, ISSUED).draft!;
    expect(kept.statement).toMatch(
      /no copy of it remains apart from the outputs listed under “Outputs retained”/,
    );
    const none = certificateDraftOf({ ...sources, closure: aClosureRecord({ extracts: [] }) }, ISSUED).draft!;
    expect(none.statement).toBe(DEFAULT_STATEMENT);
    expect(none.statement).toMatch(/no copy of it remains\.$/);
  });

  it('leaves the address out, and names the enquiry contact, when neither is recorded', () => {
    const { draft } = certificateDraftOf(
      {
        project,
        leadName: undefined,
        closure: aClosureRecord(),
        organisationName: 'DSH',
        organisationAddress: ' ',
      },
      ISSUED,
    );
    expect(draft?.leadResearcher).toBe('Dr A Smith');
    expect(draft).not.toHaveProperty('issuer');
    // Left out, not kept as undefined, so the stored content is what its embedded record says.
    expect(Object.keys(draft!)).not.toContain('backupsOverwrittenBy');
  });

  it('lists what the records lack, each with the record to correct, and makes no draft', () => {
    const { draft, problems } = certificateDraftOf(
      {
        project: aProject({ stage: 'closure', onboarding: aCompleteOnboarding({ dataController: '' }) }),
        leadName: undefined,
        closure: aClosureRecord({ destruction: undefined, dataOwnerAuthorisationRef: undefined }),
        organisationName: '',
      },
      ISSUED,
    );
    expect(draft).toBeUndefined();
    expect(problems).toEqual(
      expect.arrayContaining([
        { message: 'Data controller is required.', source: 'onboarding' },
        { message: 'Performed by is not recorded.', source: 'closure' },
        { message: 'Choose method.', source: 'closure' },
        { message: 'Date of destruction is required.', source: 'closure' },
        { message: 'Data owner’s authorisation reference is required.', source: 'closure' },
        { message: 'Performed by (organisation) is required.', source: 'settings' },
      ]),
    );
  });
});

describe('agreementReferencesOf', () => {
  it('lists the information-governance references that apply, in the form’s order, and skips the rest', () => {
    const withNone = aProject({
      onboarding: aCompleteOnboarding({
        igReferences: {
          ethics: { applicable: false, reason: 'Service evaluation.' },
          irasHra: { applicable: false, reason: 'Not NHS research.' },
          cag: { applicable: false, reason: 'Consent.' },
          nhsEnglandDars: { applicable: true, reference: 'DARS-NIC-1' },
          dspt: { applicable: false, reason: 'Covered by the university.' },
        },
      }),
    });
    expect(agreementReferencesOf(withNone)).toEqual([
      { label: 'NHS England DARS / DSA', reference: 'DARS-NIC-1' },
    ]);
    expect(agreementReferencesOf(aProject({ onboarding: {} }))).toEqual([]);
  });
});
