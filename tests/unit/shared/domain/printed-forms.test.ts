import {
  DEFAULT_SETTINGS,
  PersonSchema,
  PrintedDestructionFormSchema,
  PrintedOnboardingDraftSchema,
  PrintedPersonFormSchema,
  PrintedSettingsFormSchema,
  PrintedStorageSchema,
} from '../../../../shared/domain';
import { aClosureRecord, aCompleteOnboarding, aPerson } from '../../../helpers/domain-fixtures';
import { personForm } from '../../renderer/db/db-fixtures';

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map(({ path, message }) => ({ path: path.join('.'), message }));

describe('the forms that feed the certificate refuse what no font can print', () => {
  it('refuses a Korean name where it is typed, naming each character, and accepts names in shipped scripts', () => {
    expect(issues(PrintedPersonFormSchema.safeParse(personForm({ name: '김민준' })))).toEqual([
      {
        path: 'name',
        message:
          'The name contains characters the certificate cannot print: “김” (U+AE40), “민” (U+BBFC), “준” (U+C900). Write them another way, for example as a transliteration.',
      },
    ]);
    for (const name of ['王小明', 'محمد', 'Łukasz Żółć', 'देवनागरी'])
      expect(PrintedPersonFormSchema.safeParse(personForm({ name })).success).toBe(true);
  });

  it('keeps stored records loadable: only the forms refuse', () => {
    expect(PersonSchema.safeParse({ ...aPerson(), name: '김민준' }).success).toBe(true);
  });

  it('puts the message on the very field: a storage location, a witness, a dataset, the letterhead', () => {
    const { storageLocations, destruction } = aClosureRecord();
    const places = storageLocations.map((place, i) => (i === 1 ? { ...place, location: 'Rack 한' } : place));
    expect(issues(PrintedStorageSchema.safeParse({ storageLocations: places }))[0]?.path).toBe(
      'storageLocations.1.location',
    );
    const witness = { ...destruction!, witnessedBy: { name: 'Jo 😀 한', role: 'DSH manager' } };
    // 😀 prints (Noto Emoji); Hangul has no shipped font.
    expect(issues(PrintedDestructionFormSchema.safeParse(witness))).toEqual([
      {
        path: 'witnessedBy.name',
        message:
          'The name contains a character the certificate cannot print: “한” (U+D55C). Write it another way, for example as a transliteration.',
      },
    ]);
    const onboarding = aCompleteOnboarding();
    const datasets = [{ ...onboarding.datasets![0]!, provider: 'ᄀ Trust' }];
    expect(issues(PrintedOnboardingDraftSchema.safeParse({ ...onboarding, datasets }))[0]?.path).toBe(
      'datasets.0.provider',
    );
    expect(
      issues(PrintedSettingsFormSchema.safeParse({ ...DEFAULT_SETTINGS, organisationContact: '☎ 한' }))[0]
        ?.path,
    ).toBe('organisationContact');
  });
});
