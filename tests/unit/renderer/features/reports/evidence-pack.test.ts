/** The evidence pack, built from the demo data as the Reports page builds it, and opened again. */
import { strFromU8, unzipSync } from 'fflate';
import { generateDemoData } from '../../../../../shared/demo';
import { trainingCompliance } from '../../../../../shared/domain/reports';
import { sha256HexOfBytes } from '../../../../../shared/hashing';
import { verifyAuditLog } from '../../../../../renderer/db/audit/verify';
import { loadDataSet } from '../../../../../renderer/db/data-set-loader';
import { certificateRegister, liveMembers } from '../../../../../renderer/db/repositories/report-queries';
import { accessList } from '../../../../../renderer/features/reports/evidence/access-list';
import { certificateRegisterTable } from '../../../../../renderer/features/reports/evidence/certificate-register';
import {
  EVIDENCE_FILES,
  buildEvidencePack,
} from '../../../../../renderer/features/reports/evidence/evidence-pack';
import { freshDb, type TestDb } from '../../db/db-fixtures';

const TODAY = '2026-11-25';
const demo = generateDemoData({ today: TODAY });
const LIVE = ['setup', 'access', 'active'];

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  await loadDataSet(t.ctx, demo);
});
afterAll(() => t.db.close());

async function pack() {
  const members = await liveMembers(t.db);
  const certificates = await certificateRegister(t.db);
  return buildEvidencePack({
    organisationName: members.settings.organisationName,
    today: TODAY,
    madeAt: '2026-11-25T10:00:00.000Z',
    madeBy: { staffName: 'Sam Officer', osUser: 'sam' },
    compliance: trainingCompliance(
      members.projects,
      members.memberships,
      members.trainings,
      TODAY,
      members.settings,
    ),
    accessList: accessList(members, TODAY),
    certificates: certificateRegisterTable(certificates),
    verdict: await verifyAuditLog(t.db),
    verifiedAt: '2026-11-25T09:59:00.000Z',
  });
}

const rowsOf = (bytes: Uint8Array) =>
  strFromU8(bytes)
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1);

describe('the evidence pack', () => {
  it('reads the live projects, every member of them and every training record of those members', async () => {
    const members = await liveMembers(t.db);
    const live = demo.projects.filter((p) => p.status === 'open' && LIVE.includes(p.stage));
    expect(members.projects.map((p) => p.id).sort()).toEqual(live.map((p) => p.id).sort());
    const ids = new Set(live.map((p) => p.id));
    expect(members.memberships).toHaveLength(demo.memberships.filter((m) => ids.has(m.projectId)).length);
    const people = new Set(members.memberships.map((m) => m.personId));
    expect(members.trainings).toHaveLength(demo.trainingRecords.filter((r) => people.has(r.personId)).length);
  });

  it('holds the four parts and a README, the same inside the zip as built', async () => {
    const { files, zip } = await pack();
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual(Object.values(EVIDENCE_FILES).sort());
    for (const [name, bytes] of Object.entries(files)) expect(unzipped[name]).toEqual(bytes);
  });

  it('lists every live project, every member and every certificate', async () => {
    const { files } = await pack();
    const live = demo.projects.filter((p) => p.status === 'open' && LIVE.includes(p.stage));
    const ids = new Set(live.map((p) => p.id));
    expect(rowsOf(files[EVIDENCE_FILES.compliance]!)).toHaveLength(live.length);
    expect(rowsOf(files[EVIDENCE_FILES.accessList]!)).toHaveLength(
      demo.memberships.filter((m) => ids.has(m.projectId)).length,
    );
    expect(rowsOf(files[EVIDENCE_FILES.certificates]!).map((line) => line.split(',')[0])).toEqual(
      demo.certificates.map((c) => c.number).sort(),
    );
  });

  it('says when the audit log was verified and what was found', async () => {
    const { files } = await pack();
    const text = strFromU8(files[EVIDENCE_FILES.auditVerification]!);
    expect(text).toContain('Checked: 25 Nov 2026, 09:59 (London time; 2026-11-25T09:59:00.000Z UTC)');
    expect(text).toContain('Result: INTACT');
    expect(text).toContain(`Events checked: ${(await t.db.auditEvents.count()).toLocaleString('en-GB')}`);
  });

  it('gives the SHA-256 of every other file in the README', async () => {
    const { files } = await pack();
    const readme = strFromU8(files[EVIDENCE_FILES.readme]!);
    for (const [name, bytes] of Object.entries(files)) {
      if (name !== EVIDENCE_FILES.readme) expect(readme).toContain(`${sha256HexOfBytes(bytes)}  ${name}`);
    }
    expect(readme).toContain('Made by: Sam Officer (computer user sam)');
  });
});
