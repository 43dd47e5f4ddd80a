import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessStage } from '../../../../../renderer/features/projects/stages/access/AccessStage';
import { IDS } from '../../../../helpers/domain-fixtures';
import {
  day,
  harness,
  renderSignedIn,
  storedMembers,
  storedProject,
  storedTraining,
  today,
} from './app-harness';

// Each test types into real forms over a real (fake-indexeddb) database: slower than jest's default allows.
jest.setTimeout(60_000);

async function accessCard(name: string): Promise<HTMLElement> {
  const panel = await screen.findByRole('region', { name: 'Access of members' });
  return within(panel).findByRole('article', { name });
}

describe('AccessStage', () => {
  it('records the signed form and access granted, and the member becomes ready', async () => {
    const h = await harness();
    const project = await storedProject(h, 'access');
    await storedMembers(h);
    await storedTraining(h, IDS.lead);
    renderSignedIn(h, <AccessStage project={project} />);

    const card = await accessCard('Dr A Smith');
    expect(within(card).getByText('Not ready')).toBeInTheDocument();
    expect(within(card).getByText('This person has not signed the user access form.')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Record access granted/ })).not.toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Record signed form: Dr A Smith' }));
    await userEvent.type(within(card).getByLabelText(/Form version/), 'v3');
    await userEvent.click(within(card).getByRole('button', { name: 'Record signed form' }));
    expect(await within(card).findByText(/Signed .*, version v3/)).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Record access granted: Dr A Smith' }));
    expect(within(card).getByLabelText(/Granted by/)).toHaveValue(h.staff.id);
    await userEvent.click(within(card).getByRole('button', { name: 'Record access granted' }));
    expect(await within(card).findByText('Ready')).toBeInTheDocument();
    const stored = await h.db.memberships.get(
      (await h.db.memberships.where('personId').equals(IDS.lead).first())!.id,
    );
    expect(stored?.accessGranted).toEqual({ on: today, by: h.staff.id });
  });

  it('refuses access granted before the form was signed, in words, and saves nothing', async () => {
    const h = await harness();
    const project = await storedProject(h, 'access');
    await storedMembers(h, { accessForm: { signedOn: day(-2), formVersion: 'v3' } });
    renderSignedIn(h, <AccessStage project={project} />);

    const card = await accessCard('Dr A Smith');
    await userEvent.click(within(card).getByRole('button', { name: 'Record access granted: Dr A Smith' }));
    const date = within(card).getByLabelText(/Date granted/);
    await userEvent.clear(date);
    await userEvent.type(date, day(-5));
    await userEvent.click(within(card).getByRole('button', { name: 'Record access granted' }));

    expect(
      await within(card).findByText('Access cannot be granted before the user access form was signed.'),
    ).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    const stored = await h.db.memberships.where('personId').equals(IDS.lead).first();
    expect(stored?.accessGranted).toBeUndefined();
    expect(stored?.revision).toBe(1);
  });

  it('revokes a member’s access with the date and who revoked it', async () => {
    const h = await harness();
    const project = await storedProject(h, 'access');
    await storedMembers(h, {
      accessForm: { signedOn: day(-9), formVersion: 'v3' },
      accessGranted: { on: day(-8), by: h.staff.id },
    });
    renderSignedIn(h, <AccessStage project={project} />);

    const card = await accessCard('Łukasz Nowak');
    await userEvent.click(within(card).getByRole('button', { name: 'Revoke access: Łukasz Nowak' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Record access revoked' }));
    expect(await within(card).findByText(/This person’s access was revoked on/)).toBeInTheDocument();
    expect((await h.db.memberships.where('personId').equals(IDS.analyst).first())?.accessRevoked).toEqual({
      on: today,
      by: h.staff.id,
    });
  });
});
