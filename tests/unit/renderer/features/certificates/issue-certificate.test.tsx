import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PDFDocument } from 'pdf-lib';
import { londonToday } from '../../../../../shared/dates';
import { certificateFingerprint } from '../../../../../shared/domain';
import { sha256HexOfBytes } from '../../../../../shared/hashing';
import { aClosureRecord } from '../../../../helpers/domain-fixtures';
import { pdfPages } from '../../../../helpers/pdf-files';
import { getSettings, updateSettings } from '../../../../../renderer/db/repositories/settings';
import { closingProject, harness, renderInApp } from './certificate-harness';
import type * as PdfFiles from '../../../../helpers/pdf-files';

// The fonts come from the app's build in the renderer (a Vite asset URL); here, from node_modules.
jest.mock('../../../../../renderer/features/certificates/fonts', () => ({
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
  it('prefills every field from the project, its lead researcher and its closure checklist, and previews it', async () => {
    const h = await harness();
    const project = await closingProject(h);
    renderInApp(h, `/projects/${project.id}/certificate`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Issue the certificate of deletion' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Project title/)).toHaveValue('Hospital admissions after long COVID');
    expect(screen.getByLabelText(/^Lead researcher/)).toHaveValue('Łukasz Żółć');
    expect(screen.getByLabelText(/^Data controller/)).toHaveValue('University of Example');
    const agreements = screen.getByRole('region', { name: '2. Agreements' });
    expect(
      within(agreements)
        .getAllByLabelText(/^Reference/)
        .map((input) => (input as HTMLInputElement).value),
    ).toEqual(['REC 26/LO/0142', 'IRAS 334455', 'DARS-NIC-654321', 'DSPT 8J123']);
    expect(screen.getByLabelText(/^Method/)).toHaveValue('Purge');
    expect(screen.getByLabelText(/^Witnessed by \(name\)/)).toHaveValue('Pat Manager');
    expect(screen.getByLabelText(/^Data owner’s authorisation reference/)).toHaveValue('NHSE-AUTH-2026-77');
    expect(screen.getByLabelText(/^Description/)).toHaveValue('Aggregate tables for the paper');

    const preview = screen.getByRole('article', { name: 'Preview of the certificate of deletion' });
    expect(preview).toHaveTextContent('Assigned when issued');
    expect(preview).toHaveTextContent('Łukasz Żółć');
    expect(preview).toHaveTextContent('Approved by Dr B Jones on 2 Nov 2026');

    // The preview follows the form; while a field is empty it says why it is not shown.
    await userEvent.clear(screen.getByLabelText(/^Tool/));
    expect(await screen.findByText(/the preview appears once every field is filled in/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Tool/), 'shred 9.4');
    expect(
      await screen.findByRole('article', { name: 'Preview of the certificate of deletion' }),
    ).toHaveTextContent('shred 9.4');
  });

  it('issues the certificate as corrected: the next number, and the fingerprint of its content in the register', async () => {
    const h = await harness();
    const project = await closingProject(h);
    renderInApp(h, `/projects/${project.id}/certificate`);
    const tool = await screen.findByLabelText(/^Tool/);
    await userEvent.clear(tool);
    await userEvent.type(tool, 'VeraCrypt 1.26.7');
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
    const project = await closingProject(h);
    renderInApp(h, `/projects/${project.id}/certificate`);
    const lead = await screen.findByLabelText(/^Lead researcher/);
    await userEvent.clear(lead);
    await userEvent.type(lead, '王小明');
    const witness = screen.getByLabelText(/^Witnessed by \(name\)/);
    await userEvent.clear(witness);
    await userEvent.type(witness, 'محمد');
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
    renderInApp(h, `/projects/${project.id}/certificate`);
    const lead = await screen.findByLabelText(/^Lead researcher/);
    await userEvent.clear(lead);
    await userEvent.type(lead, '김민준');
    await issue();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The certificate was not issued.');
    expect(alert).toHaveTextContent(
      'This document contains characters no font of DSH Desk can print: “김” (U+AE40), “민” (U+BBFC), “준” (U+C900).',
    );
    expect(await h.db.certificates.count()).toBe(0);
    expect(screen.getByLabelText(/^Lead researcher/)).toHaveValue('김민준');
  });

  it('refuses to issue while the closure checklist is incomplete, saying what is missing', async () => {
    const h = await harness();
    const project = await closingProject(
      h,
      aClosureRecord({ destruction: undefined, dataOwnerAuthorisationRef: undefined }),
    );
    renderInApp(h, `/projects/${project.id}/certificate`);

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

  it('marks the fields a draft lacks instead of issuing it', async () => {
    const h = await harness();
    const project = await closingProject(h);
    renderInApp(h, `/projects/${project.id}/certificate`);
    await userEvent.clear(await screen.findByLabelText(/^Statement/));
    await userEvent.click(screen.getByRole('button', { name: 'Issue certificate…' }));
    expect(await screen.findByText('Statement is required.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Issue certificate' })).not.toBeInTheDocument();
    expect(await h.db.certificates.count()).toBe(0);
  });

  it('saves the PDF preview and the issued certificate through the host, audits each, and saves the same bytes again', async () => {
    const h = await harness();
    const project = await closingProject(h);
    renderInApp(h, `/projects/${project.id}/certificate`);

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
