import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildCertificatePdf } from '../../../../../shared/documents';
import type { Certificate } from '../../../../../shared/domain';
import { aProject, fixtureId, recordBase } from '../../../../helpers/domain-fixtures';
import { notoSans } from '../../../../helpers/pdf-files';
import { anInternationalCertificate, registered } from '../../../shared/documents/certificate-fixtures';
import { harness, renderCertificateScreens, type CertificateHarness } from './certificate-harness';
import type * as PdfFiles from '../../../../helpers/pdf-files';

// The fonts come from the app's build in the renderer (a Vite asset URL); here, from node_modules.
jest.mock('../../../../../renderer/components/documents/fonts', () => ({
  loadDocumentFonts: () =>
    Promise.resolve(jest.requireActual<typeof PdfFiles>('../../../../helpers/pdf-files').notoSans()),
}));

// Building and reading PDFs takes a few seconds of CPU each on a loaded machine.
jest.setTimeout(60_000);

/** Three certificates of three projects, issued in October, November and December 2026. */
async function threeCertificates(h: CertificateHarness): Promise<Certificate[]> {
  const base = anInternationalCertificate();
  const certificates = [
    ['DSH-CERT-2026-0001', 'DSH-2026-003', '2026-10-05'],
    ['DSH-CERT-2026-0002', 'DSH-2026-014', '2026-11-03'],
    ['DSH-CERT-2026-0003', 'DSH-2026-020', '2026-12-01'],
  ].map(([number, reference, issuedOn], i) =>
    registered(
      { ...base.content, number: number!, projectReference: reference!, issuedOn: issuedOn! },
      { ...recordBase(fixtureId(950 + i)), projectId: fixtureId(960 + i) },
    ),
  );
  await h.db.certificates.bulkAdd(certificates);
  await h.db.projects.bulkAdd(
    certificates.map((certificate, i) =>
      aProject({
        ...recordBase(fixtureId(960 + i)),
        reference: certificate.content.projectReference,
        stage: 'closure',
        status: 'closed',
      }),
    ),
  );
  return certificates;
}

async function choose(bytes: Uint8Array, name: string): Promise<HTMLElement> {
  const file = new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });
  await userEvent.upload(screen.getByLabelText('Certificate file (PDF)'), file);
  const panel = screen.getByRole('region', { name: 'Verify a certificate file' });
  await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent(name));
  await waitFor(() => expect(within(panel).getByRole('status')).not.toHaveTextContent('Checking'));
  return within(panel).getByRole('status');
}

describe('CertificatesPage', () => {
  it('lists the register newest first and finds a certificate by its number or its project’s reference', async () => {
    const h = await harness();
    await threeCertificates(h);
    renderCertificateScreens(h, '/certificates');

    expect(await screen.findByText('3 certificates in the register.')).toBeInTheDocument();
    const numbers = () =>
      screen
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent)
        .filter(Boolean);
    expect(numbers()).toEqual(['DSH-CERT-2026-0003', 'DSH-CERT-2026-0002', 'DSH-CERT-2026-0001']);

    const search = screen.getByLabelText('Certificate number or project reference');
    await userEvent.type(search, '2026-014{Enter}');
    expect(await screen.findByText('1 certificate matches “2026-014”.')).toBeInTheDocument();
    expect(numbers()).toEqual(['DSH-CERT-2026-0002']);

    await userEvent.clear(search);
    await userEvent.type(search, 'dsh-cert-2026-0003{Enter}');
    expect(await screen.findByText('1 certificate matches “dsh-cert-2026-0003”.')).toBeInTheDocument();
    expect(numbers()).toEqual(['DSH-CERT-2026-0003']);

    await userEvent.clear(search);
    await userEvent.type(search, 'DSH-2025{Enter}');
    expect(await screen.findByText('0 certificates match “DSH-2025”.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(await screen.findByText('3 certificates in the register.')).toBeInTheDocument();
  });

  it('exports a certificate again through the host, under a safe default name, and audits it', async () => {
    const h = await harness();
    const [, certificate] = await threeCertificates(h);
    renderCertificateScreens(h, '/certificates');

    await userEvent.click(await screen.findByRole('button', { name: 'Save PDF… of DSH-CERT-2026-0002' }));
    expect(await screen.findByText(/saved to/)).toHaveTextContent(
      'Certificate DSH-CERT-2026-0002 saved to /home/officer/DSH-CERT-2026-0002 DSH-2026-014.pdf',
    );
    expect(h.host.saved.map((file) => [file.suggestedName, file.kind])).toEqual([
      ['DSH-CERT-2026-0002 DSH-2026-014.pdf', 'pdf'],
    ]);
    const [event] = await h.db.auditEvents
      .where('[action+seq]')
      .between(['export', 0], ['export', Infinity])
      .toArray();
    expect(event).toMatchObject({ entity: 'certificate', entityId: certificate!.id });
  });

  it('verifies a chosen file: genuine, altered by one byte in a field, unknown to the register, or not a PDF', async () => {
    const h = await harness();
    const [, certificate] = await threeCertificates(h);
    const organisationName = 'Data Safe Haven';
    const genuine = await buildCertificatePdf(certificate!, { organisationName, fonts: notoSans() });
    renderCertificateScreens(h, '/certificates');
    await screen.findByText('3 certificates in the register.');

    let verdict = await choose(genuine, 'DSH-CERT-2026-0002 DSH-2026-014.pdf');
    expect(verdict).toHaveTextContent('Genuine');
    expect(verdict).toHaveTextContent(
      'This file is byte for byte the certificate DSH-CERT-2026-0002 issued on 3 Nov 2026, as kept in the register',
    );
    expect(
      within(verdict).getByRole('link', { name: 'See the register entry for DSH-CERT-2026-0002' }),
    ).toBeInTheDocument();

    const altered = new Uint8Array(genuine);
    const at = Buffer.from(altered).indexOf('VeraCrypt 1.26');
    altered[at + 'VeraCrypt 1.2'.length] = '7'.charCodeAt(0);
    verdict = await choose(altered, 'altered.pdf');
    expect(verdict).toHaveTextContent('Altered');
    expect(verdict).toHaveTextContent(
      'This file is not the certificate that was issued as DSH-CERT-2026-0002: its embedded record gives a different tool from the register entry',
    );

    const stranger = registered({ ...certificate!.content, number: 'DSH-CERT-2026-0999' });
    verdict = await choose(
      await buildCertificatePdf(stranger, { organisationName, fonts: notoSans() }),
      'stranger.pdf',
    );
    expect(verdict).toHaveTextContent('Unknown');
    expect(verdict).toHaveTextContent('DSH-CERT-2026-0999 is not in the certificate register');

    verdict = await choose(new TextEncoder().encode('Dear DSH team, please find attached…'), 'letter.pdf');
    expect(verdict).toHaveTextContent('Unreadable');
    expect(verdict).toHaveTextContent('This file is not a PDF');
  });
});
