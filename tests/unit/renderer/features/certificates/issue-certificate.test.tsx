import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PDFDocument } from 'pdf-lib';
import { londonToday } from '../../../../../shared/dates';
import { certificateFingerprint } from '../../../../../shared/domain';
import { sha256HexOfBytes } from '../../../../../shared/hashing';
import { aClosureRecord } from '../../../../helpers/domain-fixtures';
import { pdfPages } from '../../../../helpers/pdf-files';
import { getSettings, updateSettings } from '../../../../../renderer/db/repositories/settings';
import { updateClosureChecklist } from '../../../../../renderer/db/repositories/closure';
import { closingProject, harness, renderCertificateScreens } from './certificate-harness';
import type * as PdfFiles from '../../../../helpers/pdf-files';

// The fonts come from the app's build in the renderer (a Vite asset URL); here, from node_modules.
jest.mock('../../../../../renderer/components/documents/fonts', () => ({
  loadDocumentFonts: () =>
    Promise.resolve(jest.requireActual<typeof PdfFiles>('../../../../helpers/pdf-files').notoSans()),
}));

// Each test fills in a real form over a real (fake-indexeddb) database, and some build PDFs.
jest.setTimeout(60_000);

const today = londonToday();
const year = today.slice(0, 4);

async function issue(): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name: 'Issue certificate…' }));
  await userEvent.click(screen.getByRole('button', { name: 'Issue certificate' }));
}

describe('IssueCertificatePage', () => {
  it('shows what will print, built from the records, with no field to type over and a link to each record', async () => {
    const h = await harness();
    const project = await closingProject(h);
    renderCertificateScreens(h, `/projects/${project.id}/certificate`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Issue the certificate of deletion' }),
    ).toBeInTheDocument();
    // Nothing printed on the certificate can be typed here.
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.getByRole('link', { name: 'Correct the closure record' })).toHaveAttribute(
      'href',
      `/projects/${project.id}?stage=closure`,
    );
    expect(screen.getByRole('link', { name: 'Correct the Settings' })).toHaveAttribute(
      'href',
      '/settings#settings-general',
    );
    const preview = screen.getByRole('article', { name: 'Preview of the certificate of deletion' });
    expect(preview).toHaveTextContent('Assigned when issued');
    expect(preview).toHaveTextContent('Łukasz Żółć');
    expect(preview).toHaveTextContent('Data controllerUniversity of Example');
    expect(preview).toHaveTextContent('Data providersNHS England');
    expect(preview).toHaveTextContent('Approved by Dr B Jones on 2 Nov 2026');
    expect(preview).toHaveTextContent('Purge: Cryptographic erase');

    // A correction is made on the closure record (and audited there); the page follows it.
    const closure = (await h.db.closureRecords.toArray())[0]!;
    const { id, revision, createdAt: _c, updatedAt: _u, projectId: _p, ...form } = closure;
    await updateClosureChecklist(h.ctx, id, revision, {
      ...form,
      destruction: { ...form.destruction!, tool: 'VeraCrypt 1.26.7', backupsOverwrittenBy: '2026-12-12' },
      storageLocations: form.storageLocations.map((place, i) =>
        i === 1
          ? { ...place, mediaType: 'LTO-8 tape', identifier: 'Tape 000417', afterwards: 'destroyed' }
          : place,
      ),
    });
    await waitFor(() =>
      expect(
        screen.getByRole('article', { name: 'Preview of the certificate of deletion' }),
      ).toHaveTextContent('VeraCrypt 1.26.7'),
    );
    const updated = screen.getByRole('article', { name: 'Preview of the certificate of deletion' });
    expect(updated).toHaveTextContent(
      'Nightly backup set B · Backup · LTO-8 tape · Asset or serial Tape 000417',
    );
    expect(updated).toHaveTextContent('Backups overwritten by12 Dec 2026');
    const audit = await h.db.auditEvents.where('entity').equals('closure-record').toArray();
    expect(audit.map((event) => event.action)).toContain('update');
  });

  it('issues the certificate as recorded: the next number, and the fingerprint of its content in the register', async () => {
    const h = await harness();
    const project = await closingProject(
      h,
      aClosureRecord({ destruction: { ...aClosureRecord().destruction!, tool: 'VeraCrypt 1.26.7' } }),
    );
    const { revision, ...settings } = await getSettings(h.db);
    await updateSettings(h.ctx, revision, {
      ...settings,
      organisationAddress: '1 College Road, Exampleton EX1 2AB',
      organisationContact: 'dsh@example.ac.uk',
    });
    renderCertificateScreens(h, `/projects/${project.id}/certificate`);
    await issue();

    const number = `DSH-CERT-${year}-0001`;
    expect(
      await screen.findByRole('heading', { level: 1, name: `Certificate of deletion ${number}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Certificate ${number} issued and entered in the certificate register.`),
    ).toBeInTheDocument();
    const [certificate] = await h.db.certificates.toArray();
    expect(certificate).toMatchObject({ number, projectId: project.id, issuedOn: today });
    expect(certificate!.content).toMatchObject({
      number,
      tool: 'VeraCrypt 1.26.7',
      leadResearcher: 'Łukasz Żółć',
      dataProviders: ['NHS England'],
      issuer: { address: '1 College Road, Exampleton EX1 2AB', contact: 'dsh@example.ac.uk' },
    });
    expect(certificate!.fingerprint).toBe(certificateFingerprint(certificate!.content));
    // The signatories' organisation is the DSH's, from Settings, printed in their attestation blocks.
    const { organisationName } = await getSettings(h.db);
    expect(certificate!.content.attestation).toMatchObject({
      performedBy: { organisation: organisationName },
      witnessedBy: { organisation: organisationName },
    });
    expect(screen.getByLabelText(`SHA-256 fingerprint ${certificate!.fingerprint}`)).toBeInTheDocument();
    // Right after issue, the register keeps the SHA-256 of the certificate's file: the one file that verifies.
    const events = () =>
      h.db.auditEvents.where('[entity+seq]').between(['certificate', 0], ['certificate', Infinity]).toArray();
    await waitFor(async () =>
      expect((await events()).map((event) => event.action)).toEqual(['issue', 'record-file']),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save certificate PDF…' }));
    await screen.findByText(/saved to/);
    const kept = await h.db.certificates.get(certificate!.id);
    expect(kept!.pdfSha256).toBe(sha256HexOfBytes(h.host.saved[0]!.bytes));
    // The officer sees it, with the commands a data controller can check the file with.
    expect(await screen.findByLabelText(`SHA-256 of the file ${kept!.pdfSha256}`)).toBeInTheDocument();
    expect(
      screen.getByText(`shasum -a 256 "${number} DSH-2026-014.pdf"`, { exact: false }),
    ).toBeInTheDocument();
  });

  it('issues a certificate whose people have names in Chinese and Arabic script', async () => {
    const h = await harness();
    const base = aClosureRecord().destruction!;
    const project = await closingProject(
      h,
      aClosureRecord({ destruction: { ...base, witnessedBy: { name: 'محمد', role: 'DSH manager' } } }),
    );
    await h.db.people.update((await h.db.people.toArray())[0]!.id, { name: '王小明' });
    renderCertificateScreens(h, `/projects/${project.id}/certificate`);
    await issue();
    expect(await screen.findByText(/Certificate DSH-CERT-\d{4}-0001 issued/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save certificate PDF…' }));
    await screen.findByText(/saved to/);
    const text = pdfPages(h.host.saved[0]!.bytes).join(' ');
    expect(text).toContain('王小明');
    expect(text).toContain('محمد');
  });

  it('refuses to issue a certificate with a name no font can print, naming the letters, and issues nothing', async () => {
    const h = await harness();
    const project = await closingProject(h);
    await h.db.people.update((await h.db.people.toArray())[0]!.id, { name: '김민준' });
    renderCertificateScreens(h, `/projects/${project.id}/certificate`);
    await issue();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The certificate was not issued.');
    expect(alert).toHaveTextContent(
      'This document contains characters no font of DSH Desk can print: “김” (U+AE40), “민” (U+BBFC), “준” (U+C900).',
    );
    expect(await h.db.certificates.count()).toBe(0);
  });

  it('refuses to issue while the closure checklist is incomplete, saying what is missing', async () => {
    const h = await harness();
    const project = await closingProject(
      h,
      aClosureRecord({ destruction: undefined, dataOwnerAuthorisationRef: undefined }),
    );
    renderCertificateScreens(h, `/projects/${project.id}/certificate`);

    expect(await screen.findByText('This certificate cannot be issued yet:')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Issue the certificate' });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Record the destruction of the data: date, method, technique, tool, verification, performed by and witnessed by.',
      'Record the data owner’s authorisation reference.',
    ]);
    expect(within(panel).getByRole('button', { name: 'Issue certificate…' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Complete the closure checklist' })).toHaveAttribute(
      'href',
      `/projects/${project.id}?stage=closure`,
    );
    expect(await h.db.certificates.count()).toBe(0);
  });

  it('lists what a record lacks with the record to correct, and cannot issue', async () => {
    const h = await harness();
    const project = await closingProject(h);
    const { revision, ...settings } = await getSettings(h.db);
    await h.db.settings.put({
      ...settings,
      id: 'settings',
      revision: revision + 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      // Stored by an older copy without checking; the certificate must still not be issued with it.
      organisationName: '',
    } as never);
    renderCertificateScreens(h, `/projects/${project.id}/certificate`);
    const list = await screen.findByRole('list', { name: 'To correct: correct the settings' });
    expect(within(list).getByText('Performed by (organisation) is required.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Issue certificate…' })).toBeDisabled();
    expect(screen.getByText('The preview appears once the records above are complete.')).toBeInTheDocument();
    expect(await h.db.certificates.count()).toBe(0);
  });

  it('saves the PDF preview and the issued certificate through the host, audits each, and saves the same bytes again', async () => {
    const h = await harness();
    const project = await closingProject(h);
    renderCertificateScreens(h, `/projects/${project.id}/certificate`);

    await userEvent.click(await screen.findByRole('button', { name: 'Save PDF preview…' }));

    expect(await screen.findByText(/Preview saved to/)).toHaveTextContent(
      'Preview saved to /home/officer/DSH-2026-014 certificate preview (not issued).pdf',
    );
    expect(squash(pdfPages(h.host.saved[0]!.bytes).join(' '))).toContain('Assigned when issued');

    await issue();
    const save = await screen.findByRole('button', { name: 'Save certificate PDF…' });
    await userEvent.click(save);
    const name = `DSH-CERT-${year}-0001 DSH-2026-014.pdf`;
    expect(await screen.findByText(/Certificate saved to/)).toHaveTextContent(
      `Certificate saved to /home/officer/${name}`,
    );
    // Renaming the organisation later changes nothing in a certificate already issued.
    const { revision, ...settings } = await getSettings(h.db);
    await updateSettings(h.ctx, revision, { ...settings, organisationName: 'Renamed Trust' });
    await userEvent.click(save);
    await waitFor(() => expect(h.host.saved).toHaveLength(3));
    const [, first, second] = h.host.saved;
    expect(first).toMatchObject({ suggestedName: name, kind: 'pdf' });
    expect(Buffer.from(second!.bytes).equals(Buffer.from(first!.bytes))).toBe(true);
    expect((await PDFDocument.load(first!.bytes)).getTitle()).toBe(
      `Certificate of Deletion DSH-CERT-${year}-0001`,
    );
    const text = squash(pdfPages(first!.bytes).join(' '));
    expect(text).toContain('Łukasz Żółć');
    expect(text).toContain(`DSH-CERT-${year}-0001`);

    const exports = await h.db.auditEvents
      .where('[action+seq]')
      .between(['export', 0], ['export', Infinity])
      .toArray();
    expect(
      exports.map((event) => [event.entity, event.changes.document?.after, event.changes.savedTo?.after]),
    ).toEqual([
      [
        'project',
        'certificate of deletion preview (not issued)',
        '/home/officer/DSH-2026-014 certificate preview (not issued).pdf',
      ],
      ['certificate', 'certificate of deletion', `/home/officer/${name}`],
      ['certificate', 'certificate of deletion', `/home/officer/${name}`],
    ]);
  });
});

function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
