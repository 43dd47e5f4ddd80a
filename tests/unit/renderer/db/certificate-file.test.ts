import { issueCertificate, recordIssuedFile } from '../../../../renderer/db/repositories/certificates';
import { recordedDraftOf } from '../../../../renderer/db/repositories/certificate-draft-check';
import { freshDb } from './db-fixtures';
import { World } from './world';

async function issued() {
  const t = await freshDb();
  const world = new World(t);
  await world.closure();
  const projectId = (await world.closingProject()).id;
  const { draft } = await recordedDraftOf(t.db, projectId, '2026-11-25');
  return { t, certificate: await issueCertificate(t.ctx, projectId, draft!) };
}

describe('recordIssuedFile', () => {
  it('keeps the SHA-256 of the file first made, and writes nothing when the same file is made again', async () => {
    const { t, certificate } = await issued();
    await recordIssuedFile(t.ctx, certificate.id, 'b'.repeat(64));
    const events = await t.db.auditEvents.count();
    await recordIssuedFile(t.ctx, certificate.id, 'b'.repeat(64));
    expect(await t.db.auditEvents.count()).toBe(events);
    expect((await t.db.certificates.get(certificate.id))!.pdfSha256).toBe('b'.repeat(64));
  });

  it('refuses another file for a certificate whose file was kept, and keeps the first', async () => {
    const { t, certificate } = await issued();
    await recordIssuedFile(t.ctx, certificate.id, 'b'.repeat(64));
    await expect(recordIssuedFile(t.ctx, certificate.id, 'c'.repeat(64))).rejects.toThrow(
      `The certificate file was not made. This copy of DSH Desk makes a different file for ${certificate.number} from the one issued`,
    );
    expect((await t.db.certificates.get(certificate.id))!.pdfSha256).toBe('b'.repeat(64));
  });
});
