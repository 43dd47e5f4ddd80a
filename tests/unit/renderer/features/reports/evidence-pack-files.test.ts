/**
 * The evidence files in the evidence pack: each file attached to a record is in the zip under its SHA-256,
 * listed in the index with the record it proves; a file this computer does not hold is listed with why.
 */
import { strFromU8, unzipSync } from 'fflate';
import { verifyAuditLog } from '../../../../../renderer/db/audit/verify';
import { addPerson } from '../../../../../renderer/db/repositories/people';
import { attachEvidence } from '../../../../../renderer/db/repositories/evidence-files';
import { addTrainingRecord } from '../../../../../renderer/db/repositories/training';
import { certificateRegisterTable } from '../../../../../renderer/features/reports/evidence/certificate-register';
import { gatherAttachments } from '../../../../../renderer/features/reports/evidence/evidence-attachments';
import {
  EVIDENCE_FILES,
  buildEvidencePack,
} from '../../../../../renderer/features/reports/evidence/evidence-pack';
import { sha256HexOfBytes } from '../../../../../shared/hashing';
import { freshDb, personForm, type TestDb } from '../../db/db-fixtures';

const KEPT = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]);
const KEPT_SHA = sha256HexOfBytes(KEPT);
const ELSEWHERE_SHA = 'e'.repeat(64);

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
  const person = await addPerson(t.ctx, personForm({ name: 'Jane Smith' }));
  const record = await addTrainingRecord(t.ctx, {
    personId: person.id,
    kind: 'dsh-environment',
    completedOn: '2026-11-01',
  });
  const target = { entity: 'training-record' as const, entityId: record.id };
  await attachEvidence(t.ctx, target, {
    fileName: 'register/scan.png',
    sha256: KEPT_SHA,
    size: 10,
    mediaType: 'image/png',
  });
  await attachEvidence(t.ctx, target, {
    fileName: 'other.pdf',
    sha256: ELSEWHERE_SHA,
    size: 99,
    mediaType: 'application/pdf',
  });
});
afterEach(() => t.db.close());

it('puts each file this computer holds in the zip and lists every file with its record and SHA-256', async () => {
  const attachments = await gatherAttachments(t.db, async ({ sha256 }) => {
    if (sha256 === KEPT_SHA) return KEPT;
    throw new Error('This evidence file is not in the data folder of this computer.');
  });
  const { zip } = buildEvidencePack({
    organisationName: 'Example DSH',
    today: '2026-11-25',
    madeAt: '2026-11-25T10:00:00.000Z',
    madeBy: { staffName: 'Sam Officer', osUser: 'sam' },
    compliance: { table: { columns: [], rows: [] }, overall: { members: 0, ready: 0 } } as never,
    accessList: { columns: [], rows: [] },
    certificates: certificateRegisterTable([]),
    verdict: await verifyAuditLog(t.db),
    verifiedAt: '2026-11-25T09:59:00.000Z',
    attachments,
  });
  const files = unzipSync(zip);
  const inZip = `evidence/${KEPT_SHA.slice(0, 12)} register_scan.png`;
  expect(files[inZip]).toEqual(KEPT);
  const index = strFromU8(files[EVIDENCE_FILES.attachments]!);
  expect(index).toContain(`training record of Jane Smith,register/scan.png,PNG image,10,Sam Officer`);
  expect(index).toContain(`${KEPT_SHA},yes: ${inZip}`);
  expect(index).toContain(
    `${ELSEWHERE_SHA},no: This evidence file is not in the data folder of this computer.`,
  );
  expect(strFromU8(files[EVIDENCE_FILES.readme]!)).toContain(`${sha256HexOfBytes(KEPT)}  ${inZip}`);
});
