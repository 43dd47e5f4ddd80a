import { recordedDraftOf } from '../../../../renderer/db/repositories/certificate-draft-check';
import {
  recordCountersignedCopy,
  voidCertificate,
} from '../../../../renderer/db/repositories/certificate-lifecycle';
import {
  certificateOf,
  certificatesOf,
  issueCertificate,
  recordIssuedFile,
} from '../../../../renderer/db/repositories/certificates';
import { loadProjectFacts } from '../../../../renderer/db/repositories/project-facts';
import { projectTimeline } from '../../../../renderer/db/repositories/project-timeline';
import { moveProject } from '../../../../renderer/db/repositories/project-moves';
import { certificateRegisterTable } from '../../../../renderer/features/reports/evidence/certificate-register';
import { describeAuditEvent } from '../../../../shared/audit/describe';
import { unmetRequirements } from '../../../../shared/domain';
import { aStaffMember } from '../../../helpers/domain-fixtures';
import { freshDb, type TestDb } from './db-fixtures';
import { World } from './world';

const TODAY = '2026-11-25';
const REASON = 'The witness was recorded as the person who performed it.';

async function issue(t: TestDb, projectId: string) {
  const { draft } = await recordedDraftOf(t.db, projectId, TODAY);
  return issueCertificate(t.ctx, projectId, draft!);
}

/** A project with its certificate issued (and its file hash kept), used by a manager. */
async function issued(role: 'manager' | 'officer' = 'manager') {
  const t = await freshDb();
  await t.db.staffMembers.add(aStaffMember({ role }));
  const world = new World(t);
  await world.closure();
  const project = await world.closingProject();
  const first = await recordIssuedFile(t.ctx, (await issue(t, project.id)).id, 'a'.repeat(64));
  return { t, project, first };
}

describe('voiding and replacing a certificate', () => {
  it('voids with a reason, audited; the certificate keeps its content and file hash and stays listed', async () => {
    const { t, project, first } = await issued();
    const voided = await voidCertificate(t.ctx, first.id, first.revision, { reason: REASON });
    expect(voided.voided).toEqual({
      reason: REASON,
      on: TODAY,
      at: '2026-11-25T10:00:00.000Z',
      by: 'Sam Officer',
    });
    expect(voided.content).toEqual(first.content);
    expect(voided.fingerprint).toBe(first.fingerprint);
    expect(voided.pdfSha256).toBe('a'.repeat(64));
    expect(await certificatesOf(t.db, project.id)).toHaveLength(1);
    const event = (await t.db.auditEvents.where('action').equals('void').toArray())[0]!;
    expect(event.reason).toBe(REASON);
    expect(describeAuditEvent(event)).toBe('Voided certificate.');
  });

  it('leaves the project without a certificate: the gate asks for one again and a replacement may be issued', async () => {
    const { t, project, first } = await issued();
    await voidCertificate(t.ctx, first.id, first.revision, { reason: REASON });
    expect(await certificateOf(t.db, project.id)).toBeUndefined();
    const { project: stored, facts } = await loadProjectFacts(t.db, project.id);
    expect(unmetRequirements(stored, facts, TODAY)).toContain('Issue the certificate of deletion.');

    const replacement = await issue(t, project.id);
    expect(replacement.number).toBe('DSH-CERT-2026-0002');
    expect(replacement.content.replaces).toBe(first.number);
    expect(await certificateOf(t.db, project.id)).toMatchObject({ id: replacement.id });
    const old = (await t.db.certificates.get(first.id))!;
    expect(old).toMatchObject({ replacedBy: replacement.number, pdfSha256: 'a'.repeat(64) });
    expect(old.content).toEqual(first.content);
    const after = await loadProjectFacts(t.db, project.id);
    expect(unmetRequirements(after.project, after.facts, TODAY)).toEqual([]);
  });

  it('replaces the certificate of a project already closed', async () => {
    const { t, project, first } = await issued();
    const { project: closed } = await moveProject(t.ctx, project.id, project.revision, { kind: 'advance' });
    expect(closed.status).toBe('closed');
    await voidCertificate(t.ctx, first.id, first.revision, { reason: REASON });
    const replacement = await issue(t, project.id);
    expect(replacement.content.replaces).toBe(first.number);
  });

  it('still refuses a second certificate while one stands', async () => {
    const { t, project, first } = await issued();
    await expect(issue(t, project.id)).rejects.toThrow(
      `Certificate ${first.number} was already issued for this project.`,
    );
  });

  it('lets only a manager void, and a certificate only once', async () => {
    const officer = await issued('officer');
    await expect(
      voidCertificate(officer.t.ctx, officer.first.id, officer.first.revision, { reason: REASON }),
    ).rejects.toThrow(
      'The certificate was not voided. Only a DSH manager may void a certificate; Sam Officer is not one.',
    );
    const { t, first } = await issued();
    await expect(voidCertificate(t.ctx, first.id, first.revision, { reason: ' ' })).rejects.toThrow(
      'Say why the certificate is void.',
    );
    const voided = await voidCertificate(t.ctx, first.id, first.revision, { reason: REASON });
    await expect(voidCertificate(t.ctx, first.id, voided.revision, { reason: REASON })).rejects.toThrow(
      `${first.number} was already voided`,
    );
  });

  it('shows the void certificate, its replacement and the void event on the project timeline and the register', async () => {
    const { t, project, first } = await issued();
    await voidCertificate(t.ctx, first.id, first.revision, { reason: REASON });
    const replacement = await issue(t, project.id);
    const { events } = await projectTimeline(t.db, project.id);
    const voidEvent = events.find((event) => event.action === 'void');
    expect(voidEvent).toMatchObject({ entityId: first.id, reason: REASON });
    expect(events.filter((event) => event.action === 'issue').map((event) => event.entityId)).toEqual([
      replacement.id,
      first.id,
    ]);
    const table = certificateRegisterTable(await t.db.certificates.toArray());
    expect(table.rows.map(({ number, status, replaces }) => ({ number, status, replaces }))).toEqual([
      {
        number: first.number,
        status: `Void, replaced by ${replacement.number} (voided 25/11/2026: ${REASON})`,
        replaces: null,
      },
      { number: replacement.number, status: 'Current', replaces: first.number },
    ]);
  });
});

describe('the countersigned copy', () => {
  it('records when it came back and who signed it, audited; a correction is audited as a change', async () => {
    const { t, first } = await issued('officer');
    const form = { receivedOn: TODAY, by: 'Dr J Patel, Caldicott Guardian', note: 'Sent by post.' };
    const signed = await recordCountersignedCopy(t.ctx, first.id, first.revision, form);
    expect(signed.countersigned).toEqual(form);
    expect(signed.content).toEqual(first.content);
    const corrected = await recordCountersignedCopy(t.ctx, first.id, signed.revision, {
      ...form,
      note: undefined,
    });
    expect(corrected.countersigned).toEqual({ receivedOn: TODAY, by: 'Dr J Patel, Caldicott Guardian' });
    const events = await t.db.auditEvents.where('action').equals('record-countersigned').toArray();
    expect(events).toHaveLength(2);
    expect(describeAuditEvent(events[0]!)).toBe(
      'Recorded the countersigned copy of certificate returned by the data controller.',
    );
    expect(certificateRegisterTable([corrected]).rows[0]!.countersigned).toBe(TODAY);
  });

  it('refuses a copy received before the certificate was issued, or in the future', async () => {
    const { t, first } = await issued();
    await expect(
      recordCountersignedCopy(t.ctx, first.id, first.revision, {
        receivedOn: '2026-11-24',
        by: 'Dr J Patel',
      }),
    ).rejects.toThrow('The countersigned copy was not recorded. The copy cannot have been received before');
    await expect(
      recordCountersignedCopy(t.ctx, first.id, first.revision, {
        receivedOn: '2026-11-26',
        by: 'Dr J Patel',
      }),
    ).rejects.toThrow('The date received cannot be in the future.');
    await expect(
      recordCountersignedCopy(t.ctx, first.id, first.revision, { receivedOn: TODAY, by: '' }),
    ).rejects.toThrow('Say who countersigned the certificate.');
  });
});
