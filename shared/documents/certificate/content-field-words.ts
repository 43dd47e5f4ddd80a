/** The certificate's fields in the words printed on it, for naming what differs between two records. */

const WORDS: Record<string, string> = {
  number: 'certificate number',
  projectReference: 'project reference',
  projectTitle: 'project title',
  leadResearcher: 'lead researcher',
  dataController: 'data controller',
  agreementReferences: 'agreement references',
  datasets: 'datasets',
  storageLocations: 'storage locations',
  method: 'method',
  technique: 'technique',
  tool: 'tool',
  verification: 'verification',
  destroyedOn: 'date of destruction',
  performedBy: 'performed by',
  witnessedBy: 'witnessed by',
  dataOwnerAuthorisationRef: 'data owner’s authorisation reference',
  outputsRetained: 'outputs retained',
  statement: 'statement',
  issuedOn: 'date of issue',
  attestation: 'attestation',
  dataProviders: 'data providers',
  backupsOverwrittenBy: 'backups overwritten by',
  issuer: 'address and contact of the DSH',
  replaces: 'certificate replaced',
};

/** "date of destruction, witnessed by and statement": the fields named by `keys`, listed in words. */
export function contentFieldWords(keys: readonly string[]): string {
  const words = keys.map((key) => WORDS[key] ?? key);
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}
