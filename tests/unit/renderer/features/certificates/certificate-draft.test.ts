import {
  DEFAULT_STATEMENT,
  STATEMENT_WITH_OUTPUTS,
  agreementReferencesOf,
  certificateFormValuesOf,
  draftOf,
} from '../../../../../renderer/features/certificates/certificate-draft';
import { aClosureRecord, aCompleteOnboarding, aProject } from '../../../../helpers/domain-fixtures';

const project = aProject({ stage: 'closure' });

describe('certificateFormValuesOf', () => {
  it('prefills every field from the project, its lead researcher and its closure checklist', () => {
    const staff = [{ name: 'Sam Officer', email: 'sam.officer@example.ac.uk' }];
    expect(
      certificateFormValuesOf({
        project,
        leadName: 'Łukasz Żółć',
        closure: aClosureRecord(),
        organisationName: 'University of Example Data Safe Haven',
        staff,
      }),
    ).toEqual({
      projectReference: 'DSH-2026-014',
      projectTitle: 'Hospital admissions after long COVID',
      leadResearcher: 'Łukasz Żółć',
      dataController: 'University of Example',
      agreementReferences: [
        { label: 'Ethics approval', reference: 'REC 26/LO/0142' },
        { label: 'IRAS / HRA approval', reference: 'IRAS 334455' },
        { label: 'NHS England DARS / DSA', reference: 'DARS-NIC-654321' },
        { label: 'DSPT of the organisation', reference: 'DSPT 8J123' },
      ],
      datasets: [{ name: 'Hospital Episode Statistics', provider: 'NHS England' }],
      storageLocations: [
        { location: 'Project share \\\\dsh\\p014', kind: 'primary' },
        { location: 'Nightly backup set B', kind: 'backup' },
      ],
      method: 'Purge',
      technique: 'Cryptographic erase',
      tool: 'VeraCrypt 1.26',
      verification: 'Sample read-back found no data.',
      destroyedOn: '2026-11-12',
      performedBy: { name: 'Sam Officer', role: 'DSH officer' },
      witnessedBy: { name: 'Pat Manager', role: 'DSH manager' },
      // The signatories' organisation is the DSH; a contact is known for those on the staff list.
      attestation: {
        performedBy: {
          organisation: 'University of Example Data Safe Haven',
          contact: 'sam.officer@example.ac.uk',
        },
        witnessedBy: { organisation: 'University of Example Data Safe Haven', contact: '' },
      },
      dataOwnerAuthorisationRef: 'NHSE-AUTH-2026-77',
      outputsRetained: [
        { description: 'Aggregate tables for the paper', approvedBy: 'Dr B Jones', approvedOn: '2026-11-02' },
      ],
      statement: STATEMENT_WITH_OUTPUTS,
    });
  });

  it('says in its statement that the listed outputs remain when outputs were kept, and that nothing remains otherwise', () => {
    const kept = certificateFormValuesOf({ project, leadName: undefined, closure: aClosureRecord() });
    expect(kept.statement).toMatch(
      /no copy of it remains apart from the outputs listed under “Outputs retained”/,
    );
    const none = certificateFormValuesOf({
      project,
      leadName: undefined,
      closure: aClosureRecord({ extracts: [] }),
    });
    expect(none.statement).toBe(DEFAULT_STATEMENT);
    expect(none.statement).toMatch(/no copy of it remains\.$/);
  });

  it('leaves blank what the checklist has not recorded yet, and names the enquiry contact when no lead is recorded', () => {
    const values = certificateFormValuesOf({
      project,
      leadName: undefined,
      closure: aClosureRecord({ destruction: undefined, dataOwnerAuthorisationRef: undefined, extracts: [] }),
    });
    expect(values.leadResearcher).toBe('Dr A Smith');
    expect(values.method).toBe('');
    expect(values.destroyedOn).toBe('');
    expect(values.witnessedBy).toEqual({ name: '', role: '' });
    expect(values.dataOwnerAuthorisationRef).toBe('');
    expect(values.outputsRetained).toEqual([]);
    expect(
      certificateFormValuesOf({ project, leadName: undefined, closure: undefined }).storageLocations,
    ).toEqual([]);
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

describe('draftOf', () => {
  const values = certificateFormValuesOf({
    project,
    leadName: 'Dr A Smith',
    closure: aClosureRecord(),
    organisationName: 'Data Safe Haven',
  });

  it('is the trimmed content dated the day of issue when every field is valid', () => {
    const draft = draftOf({ ...values, tool: '  shred 9.4  ' }, '2026-11-25');
    expect(draft).toMatchObject({
      tool: 'shred 9.4',
      issuedOn: '2026-11-25',
      projectReference: 'DSH-2026-014',
    });
    expect(draft).not.toHaveProperty('number');
    // A blank contact is left out rather than printed empty.
    expect(draft!.attestation).toEqual({
      performedBy: { organisation: 'Data Safe Haven' },
      witnessedBy: { organisation: 'Data Safe Haven' },
    });
  });

  it('is undefined while a field is missing or not valid', () => {
    expect(draftOf({ ...values, method: '' }, '2026-11-25')).toBeUndefined();
    expect(draftOf({ ...values, datasets: [] }, '2026-11-25')).toBeUndefined();
    expect(draftOf({ ...values, destroyedOn: '2026-02-30' }, '2026-11-25')).toBeUndefined();
    const noOrganisation = { ...values.attestation.witnessedBy, organisation: '' };
    expect(
      draftOf(
        { ...values, attestation: { ...values.attestation, witnessedBy: noOrganisation } },
        '2026-11-25',
      ),
    ).toBeUndefined();
  });
});
