/**
 * The record form (through the person details form, which uses it): it saves against the revision it was
 * opened on, follows the stored record while clean, and a refused save says what changed, by whom and when,
 * and loses nothing.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { Person } from '../../../../../shared/domain';
import { updatePerson } from '../../../../../renderer/db/repositories/people';
import { PersonPage } from '../../../../../renderer/features/people/PersonPage';
import { harness, renderSignedIn, storedPerson, type AppHarness } from '../../features/stages/app-harness';

jest.setTimeout(60_000);

/** Opens the person's page and the edit form of their details. */
async function openDetails(h: AppHarness, person: Person): Promise<HTMLElement> {
  renderSignedIn(
    h,
    <Routes>
      <Route path="/people/:personId" element={<PersonPage />} />
    </Routes>,
    `/people/${person.id}`,
  );
  const details = await screen.findByRole('region', { name: 'Details' });
  await userEvent.click(within(details).getByRole('button', { name: 'Edit details' }));
  return within(details).getByRole('form', { name: `Edit the details of ${person.name}` });
}

/** Another window saves `change` over the person as stored now. */
async function elsewhere(h: AppHarness, person: Person, change: Partial<Person>): Promise<void> {
  await act(async () => {
    const stored = (await h.db.people.get(person.id))!;
    const { name, email, organisation, department, phone } = { ...stored, ...change };
    await updatePerson(h.ctx, person.id, stored.revision, { name, email, organisation, department, phone });
  });
}

const field = (form: HTMLElement, label: string) => within(form).getByLabelText(new RegExp(`^${label}`));

async function type(form: HTMLElement, label: string, text: string) {
  await userEvent.clear(field(form, label));
  await userEvent.type(field(form, label), text);
}

describe('a record form', () => {
  it('follows the stored record while nothing is typed, and then saves over the latest revision', async () => {
    const h = await harness();
    const person = await storedPerson(h);
    const form = await openDetails(h, person);

    await elsewhere(h, person, { phone: '0117 496 0000' });
    expect(await within(form).findByDisplayValue('0117 496 0000')).toBe(field(form, 'Phone number'));

    await type(form, 'Department', 'Computing');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Details saved.')).toBeInTheDocument();
    expect(await h.db.people.get(person.id)).toMatchObject({
      phone: '0117 496 0000',
      department: 'Computing',
    });
  });

  it('keeps the revision it was opened on while typed in: a change elsewhere is refused, said, and nothing is lost', async () => {
    const h = await harness();
    const person = await storedPerson(h);
    const form = await openDetails(h, person);

    await type(form, 'Department', 'Computing');
    await elsewhere(h, person, { phone: '0117 496 0000' });
    // Typed values are never replaced by the change made elsewhere.
    expect(field(form, 'Department')).toHaveValue('Computing');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const refusal = await within(form).findByRole('alert');
    expect(refusal).toHaveTextContent('Not saved: this record was changed elsewhere');
    expect(refusal).toHaveTextContent(
      new RegExp(`Phone number changed by ${h.staff.name} on \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d\\.`),
    );
    expect(field(form, 'Department')).toHaveValue('Computing');
    expect(await h.db.people.get(person.id)).toMatchObject({ phone: '0117 496 0000', revision: 2 });
    expect((await h.db.people.get(person.id))!.department).not.toBe('Computing');

    // Keep what I typed: the other window's phone number comes in, the typed department stays, and the
    // stored value is shown beside the field that differs.
    await userEvent.click(within(refusal).getByRole('button', { name: 'Keep what I typed' }));
    expect(field(form, 'Phone number')).toHaveValue('0117 496 0000');
    expect(field(form, 'Department')).toHaveValue('Computing');
    expect(field(form, 'Department')).toHaveAccessibleDescription(/Stored now:/);
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Details saved.')).toBeInTheDocument();
    expect(await h.db.people.get(person.id)).toMatchObject({
      phone: '0117 496 0000',
      department: 'Computing',
      revision: 3,
    });
  });

  it('shows the latest version on request, dropping what was typed', async () => {
    const h = await harness();
    const person = await storedPerson(h);
    const form = await openDetails(h, person);

    await type(form, 'Department', 'Physics');
    await elsewhere(h, person, { department: 'Mathematics' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const refusal = await within(form).findByRole('alert');
    expect(refusal).toHaveTextContent(`Department changed by ${h.staff.name}`);

    await userEvent.click(within(refusal).getByRole('button', { name: 'Show the latest' }));
    expect(field(form, 'Department')).toHaveValue('Mathematics');
    expect(within(form).queryByRole('alert')).toBeNull();
  });
});
