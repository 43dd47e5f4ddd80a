import { OnboardingDraftSchema } from '../../../../../shared/domain';
import {
  emptyDataset,
  expandIssues,
  onboardingFieldPath,
  onboardingValues,
  toDraft,
} from '../../../../../renderer/features/projects/stages/onboarding/onboarding-values';
import { aCompleteOnboarding, aProject } from '../../../../helpers/domain-fixtures';

describe('the onboarding form’s values', () => {
  it('turn a complete stored form into inputs and back without loss', () => {
    const project = aProject({ stage: 'onboarding' });
    const { draft } = toDraft(onboardingValues(project));
    // An empty list is left out, as any empty field is.
    const { requestedApplications: none, ...complete } = aCompleteOnboarding();
    expect(none).toEqual([]);
    expect(draft).toEqual(complete);
    expect(OnboardingDraftSchema.parse(draft)).toEqual(draft);
  });

  it('leave out blank fields and wholly blank rows, and know which row each issue is about', () => {
    const values = onboardingValues(aProject({ onboarding: {} }));
    values.datasets = [
      emptyDataset(),
      { ...emptyDataset(), name: '  HES  ', tier: '3' },
      { ...emptyDataset(), provider: 'ONS' },
    ];
    values.requestedApplications = [
      { name: '', note: '' },
      { name: '', note: 'For multilevel models' },
    ];
    values.igReferences.cag = { choice: 'not-applicable', reference: 'ignored', reason: '' };
    const { draft, datasetRows, requestRows } = toDraft(values);
    expect(draft).toEqual({
      datasets: [{ name: 'HES', tier: 3 }, { provider: 'ONS' }],
      igReferences: { cag: { applicable: false } },
      requestedApplications: [{ name: '', note: 'For multilevel models' }],
    });
    expect(onboardingFieldPath('datasets.1.provider', { datasetRows, requestRows })).toBe(
      'datasets.2.provider',
    );
    expect(onboardingFieldPath('requestedApplications.0.name', { datasetRows, requestRows })).toBe(
      'requestedApplications.1.name',
    );
    expect(onboardingFieldPath('datasets', { datasetRows, requestRows })).toBe('datasets.root');
    expect(onboardingFieldPath('igReferences.cag', { datasetRows, requestRows })).toBe(
      'igReferences.cag.choice',
    );
    expect(onboardingFieldPath('igReferences.cag.reason', { datasetRows, requestRows })).toBe(
      'igReferences.cag.reason',
    );
  });

  it('turn a missing information-governance section into one question per reference', () => {
    const issues = expandIssues([{ path: 'igReferences', message: 'Give the references.' }]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'Say whether Ethics approval applies.',
      'Say whether IRAS / HRA approval applies.',
      'Say whether CAG approval applies.',
      'Say whether NHS England DARS / DSA applies.',
      'Say whether DSPT of the organisation applies.',
    ]);
  });
});
