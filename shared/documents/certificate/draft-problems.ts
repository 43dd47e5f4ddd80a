/**
 * Why a certificate cannot be made from the records yet, each reason with the record where it is corrected
 * (the closure checklist, the onboarding form or Settings), so the officer corrects the record — audited
 * there — and never the certificate.
 */
import { contentFieldWords } from './content-field-words';

/** Where a field of the certificate is recorded. */
export type DraftSource = 'closure' | 'onboarding' | 'settings';

/** One reason, and where to correct it. */
export interface DraftProblem {
  message: string;
  source: DraftSource;
}

const SOURCE_OF: Record<string, DraftSource> = {
  projectReference: 'onboarding',
  projectTitle: 'onboarding',
  leadResearcher: 'onboarding',
  dataController: 'onboarding',
  dataProviders: 'onboarding',
  agreementReferences: 'onboarding',
  datasets: 'onboarding',
  attestation: 'settings',
  issuer: 'settings',
};

const LIST_ITEM: Record<string, string> = {
  agreementReferences: 'Agreement',
  datasets: 'Dataset',
  storageLocations: 'Storage location',
  outputsRetained: 'Extract',
  dataProviders: 'Data provider',
};

/** "Performed by is not recorded." for a whole part missing, instead of the schema's general words. */
function wordsOf(key: PropertyKey | undefined, message: string): string {
  if (message !== 'This section is required.' || typeof key !== 'string') return message;
  const words = contentFieldWords([key]);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} is not recorded.`;
}

/** The problems of a failed parse, once each. */
export function problemsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): DraftProblem[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const [key, index] = issue.path;
    const item = typeof key === 'string' ? LIST_ITEM[key] : undefined;
    const said = wordsOf(key, issue.message);
    const message = item && typeof index === 'number' ? `${item} ${index + 1}: ${said}` : said;
    if (seen.has(message)) return [];
    seen.add(message);
    return [{ message, source: (typeof key === 'string' && SOURCE_OF[key]) || 'closure' }];
  });
}
