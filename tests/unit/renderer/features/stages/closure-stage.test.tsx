import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClosureStage } from '../../../../../renderer/features/projects/stages/closure/ClosureStage';
import { aCertificate, IDS } from '../../../../helpers/domain-fixtures';
import { day, harness, renderSignedIn, storedMembers, storedProject } from './app-harness';

// Each test types into real forms over a real (fake-indexeddb) database: slower than jest's default allows.
jest.setTimeout(60_000);

async function stillMissing(): Promise<string[]> {
  const panel = await screen.findByRole('region', { name: 'Certificate of deletion' });
  return within(panel)
    .queryAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('ClosureStage', () => {
  it('lists what is missing before a certificate, and each saved part takes its item off the list', async () => {
    const h = await harness();
    const project = await storedProject(h, 'closure');
    await storedMembers(h, {
      accessForm: { signedOn: day(-90), formVersion: 'v3' },
      accessGranted: { on: day(-89), by: h.staff.id },
    });
    renderSignedIn(h, <ClosureStage project={project} />);

    expect(await screen.findByText('Certificate of deletion: not yet issued.')).toBeInTheDocument();
    expect(await stillMissing()).toEqual([
      'Confirm the outputs extracted: record each approved extract, or confirm there were none.',
      'Dr A Smith’s access has not been revoked.',
      'Łukasz Nowak’s access has not been revoked.',
      'List where the data was stored: at least one location, including backups and removable media.',
      'Record the destruction of the data: date, method, technique, tool, verification, performed by and witnessed by.',
      'Record the data owner’s authorisation reference.',
    ]);

    const extracts = screen.getByRole('region', { name: /Outputs extracted/ });
    await userEvent.click(within(extracts).getByLabelText(/Confirm there were no extracts/));
    await userEvent.click(within(extracts).getByRole('button', { name: 'Save extracts' }));
    expect(await within(extracts).findByText('Complete')).toBeInTheDocument();
    await waitFor(async () =>
      expect(await stillMissing()).not.toContain(
        'Confirm the outputs extracted: record each approved extract, or confirm there were none.',
      ),
    );

    const storage = screen.getByRole('region', { name: /Storage locations checked/ });
    await userEvent.click(within(storage).getByRole('button', { name: 'Add a location' }));
    await userEvent.type(within(storage).getByLabelText(/^Location/), 'Project share p014');
    await userEvent.click(within(storage).getByRole('button', { name: 'Save storage locations' }));
    expect(await within(storage).findByText('Saved.')).toBeInTheDocument();
    await waitFor(async () =>
      expect(await stillMissing()).toContain(
        'Check the storage location ‘Project share p014’ and record who checked it and when.',
      ),
    );
    await userEvent.click(within(storage).getByRole('button', { name: 'Checked by me today (location 1)' }));
    await userEvent.click(within(storage).getByRole('button', { name: 'Save storage locations' }));
    expect(await within(storage).findByText('Complete')).toBeInTheDocument();

    const revocation = screen.getByRole('region', { name: /Access revoked/ });
    await userEvent.click(within(revocation).getByRole('button', { name: 'Revoke access: Dr A Smith' }));
    await userEvent.click(within(revocation).getByRole('button', { name: 'Record access revoked' }));
    expect(await within(revocation).findByText(/by Sam Officer/)).toBeInTheDocument();
    await waitFor(async () =>
      expect(await stillMissing()).not.toContain('Dr A Smith’s access has not been revoked.'),
    );
    expect(await h.db.closureRecords.count()).toBe(1);
  });

  it('refuses a destruction witnessed by the person who performed it, and saves nothing', async () => {
    const h = await harness();
    const project = await storedProject(h, 'closure');
    renderSignedIn(h, <ClosureStage project={project} />);

    const section = await screen.findByRole('region', { name: /Data destroyed/ });
    await userEvent.click(within(section).getByRole('button', { name: 'Save destruction details' }));
    expect(await within(section).findByText('Date of destruction is required.')).toBeInTheDocument();
    expect(within(section).getByText('Choose the method: Clear, Purge or Destroy.')).toBeInTheDocument();

    await userEvent.type(within(section).getByLabelText(/Date of destruction/), day(-1));
    await userEvent.click(within(section).getByLabelText(/^Purge/));
    await userEvent.type(within(section).getByLabelText(/^Technique/), 'Cryptographic erase');
    await userEvent.type(within(section).getByLabelText(/^Tool/), 'VeraCrypt 1.26');
    await userEvent.type(within(section).getByLabelText(/^Verification/), 'Read-back found nothing.');
    await userEvent.type(within(section).getByLabelText(/Name \(witnessed by\)/), 'sam officer');
    await userEvent.type(within(section).getByLabelText(/Role \(witnessed by\)/), 'DSH officer');
    await userEvent.click(within(section).getByRole('button', { name: 'Save destruction details' }));

    expect(
      await within(section).findByText(
        'The witness must be someone other than the person who destroyed the data.',
      ),
    ).toBeInTheDocument();
    expect(await h.db.closureRecords.count()).toBe(0);
  });

  it('shows the issued certificate’s number, read-only once the project is closed', async () => {
    const h = await harness();
    const project = await storedProject(h, 'closure', {
      status: 'closed',
      ended: { on: day(-1), reason: 'Certificate issued.' },
    });
    await h.db.certificates.add(aCertificate({ projectId: IDS.project }));
    renderSignedIn(h, <ClosureStage project={project} />);

    expect(
      await screen.findByText(/Certificate DSH-CERT-2026-0007 issued on 20\/11\/2026/),
    ).toBeInTheDocument();
    expect(screen.getByText(/This project is closed/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
  });
});
