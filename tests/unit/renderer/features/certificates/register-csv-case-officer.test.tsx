/** The register's CSV export names each project's case officer (empty when it has none). */
import { setCaseOfficer } from '../../../../../renderer/db/repositories/case-officers';
import { createEnquiry } from '../../../../../renderer/db/repositories/projects';
import { addStaffMember } from '../../../../../renderer/db/repositories/staff';
import { registerCsv } from '../../../../../renderer/features/certificates/ExportRegisterCsvButton';
import { enquiryForm, freshDb, staffForm } from '../../db/db-fixtures';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

it('writes the case officer’s name beside the lead researcher', async () => {
  const t = await freshDb();
  const tess = await addStaffMember(t.ctx, staffForm({ name: 'Tess Officer', email: 'tess@dsh.example' }));
  const mine = await createEnquiry(t.ctx, enquiryForm({ title: 'Mine' }));
  await createEnquiry(t.ctx, enquiryForm({ title: 'Not mine' }));
  await setCaseOfficer(t.ctx, mine.id, mine.revision, tess.id);

  const csv = decode((await registerCsv(t.db, { sort: 'reference', descending: false })).bytes);
  const [header, first, second] = csv.replace(/^\uFEFF/, '').split(/\r\n/);
  expect(header).toContain('Lead researcher,Case officer,Organisation');
  expect(first).toContain('Mine');
  expect(first).toContain(',Tess Officer,');
  expect(second).toContain('Not mine');
  expect(second).not.toContain('Tess Officer');
  t.db.close();
});
