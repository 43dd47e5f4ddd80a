/**
 * Evidence files in a plain browser tab: there is no main process to keep them in the data folder, and a
 * tab's storage is no place for signed forms, so attaching is refused in words and nothing is half-kept.
 */
import type { Host } from './host';

/** Why a browser tab keeps no evidence files. */
export const BROWSER_EVIDENCE_MESSAGE =
  'Evidence files are kept by the DSH Desk desktop app, in its data folder. This browser version cannot keep them.';

/** The evidence operations of the browser host. */
export function createBrowserEvidence(): Pick<
  Host,
  | 'storeEvidenceFile'
  | 'openEvidenceFile'
  | 'readEvidenceFile'
  | 'restoreEvidenceFiles'
  | 'removeUnusedEvidence'
> {
  return {
    storeEvidenceFile: async () => ({ status: 'refused', message: BROWSER_EVIDENCE_MESSAGE }),
    openEvidenceFile: async () => {
      throw new Error(BROWSER_EVIDENCE_MESSAGE);
    },
    readEvidenceFile: async () => {
      throw new Error(BROWSER_EVIDENCE_MESSAGE);
    },
    // A tab keeps no files: every evidence file a restored backup names is reported as not here.
    restoreEvidenceFiles: async ({ sha256s }) => ({
      restored: 0,
      alreadyHere: 0,
      missing: [...new Set(sha256s)].sort(),
      damaged: [],
    }),
    removeUnusedEvidence: async () => ({ removed: 0 }),
  };
}
