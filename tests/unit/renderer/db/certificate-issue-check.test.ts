import { issueCertificate } from '../../../../renderer/db/repositories/certificates';
import { recordedDraftOf } from '../../../../renderer/db/repositories/certificate-draft-check';
import { updateClosureChecklist } from '../../../../renderer/db/repositories/closure';
import { aCertificate } from '../../../helpers/domain-fixtures';
import { freshDb } from './db-fixtures';
import { World, closureForm } from './world';

const TODAY = '2026-11-25';

async function closing() {
  const t = await freshDb();
  const world = new World(t);
  const closure = await world.closure();
  const project = await world.closingProject();
  const { draft } = await recordedDraftOf(t.db, project.id, TODAY);
  return { t, project, closure, draft: draft! };
}

describe('issueCertificate checks the draft against the records', () => {
  it('issues exactly what the stored records give', async () => {
    const { t, project, draft } = await closing();
    const issued = await issueCertificate(t.ctx, project.id, draft);
    expect(issued.content).toEqual({ ...draft, number: issued.number });
  });

  it('refuses a draft with text of its own, naming what differs, and writes nothing', async () => {
    const { t, project, draft } = await closing();
    const forged = { ...draft, destroyedOn: '2020-01-01', tool: 'A tool nobody recorded' };
    await expect(issueCertificate(t.ctx, project.id, forged)).rejects.toThrow(
      'The certificate was not issued. What was confirmed differs from the records in its tool and date of destruction',
    );
    expect(await t.db.certificates.count()).toBe(0);
  });

  it('refuses a draft any caller made up (the fixture certificate), whatever the page showed', async () => {
    const { t, project } = await closing();
    const { number: _number, ...madeUp } = aCertificate().content;
    await expect(issueCertificate(t.ctx, project.id, madeUp)).rejects.toThrow(
      /^The certificate was not issued\. What was confirmed differs from the records/,
    );
    expect(await t.db.certificates.count()).toBe(0);
  });

  it('refuses the draft of a page left open while the closure record was corrected elsewhere', async () => {
    const { t, project, closure, draft } = await closing();
    await updateClosureChecklist(t.ctx, closure.id, closure.revision, {
      ...closureForm(),
      dataOwnerAuthorisationRef: 'NHSE-AUTH-2026-99',
    });
    await expect(issueCertificate(t.ctx, project.id, draft)).rejects.toThrow(
      'differs from the records in its data owner’s authorisation reference: the records were changed after the certificate page was opened.',
    );
    const { draft: again } = await recordedDraftOf(t.db, project.id, TODAY);
    const issued = await issueCertificate(t.ctx, project.id, again!);
    expect(issued.content.dataOwnerAuthorisationRef).toBe('NHSE-AUTH-2026-99');
  });
});
