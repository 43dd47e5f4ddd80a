import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { PeoplePage } from '../../../../../renderer/features/people/PeoplePage';
import { PersonPage } from '../../../../../renderer/features/people/PersonPage';
import { IDS, fixtureId, recordBase } from '../../../../helpers/domain-fixtures';
import {
  day,
  harness,
  renderSignedIn,
  storedMembers,
  storedPerson,
  storedProject,
  storedTraining,
  type AppHarness,
} from '../stages/app-harness';

// Each test types into real forms over a real (fake-indexeddb) database: slower than jest's default allows.
jest.setTimeout(60_000);

function renderPeople(h: AppHarness) {
  return renderSignedIn(
    h,
    <Routes>
      <Route path="/people" element={<PeoplePage />} />
      <Route path="/people/:personId" element={<PersonPage />} />
    </Routes>,
    '/people',
  );
}

async function fillPerson(form: HTMLElement, name: string, email: string) {
  await userEvent.type(within(form).getByLabelText(/Full name/), name);
  await userEvent.type(within(form).getByLabelText(/E-mail address/), email);
  await userEvent.type(within(form).getByLabelText(/Organisation/), 'University of Example');
}

describe('People', () => {
  it('shows each field’s message and saves nothing while the person is invalid', async () => {
    const h = await harness();
    renderPeople(h);
    expect(await screen.findByRole('heading', { name: 'No people yet' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    await userEvent.type(within(form).getByLabelText(/E-mail address/), 'not an address');
    await userEvent.type(within(form).getByLabelText(/Phone number/), 'call me');
    await userEvent.click(within(form).getByRole('button', { name: 'Add person' }));

    expect(await within(form).findByText('Name is required.')).toBeInTheDocument();
    expect(within(form).getByText('E-mail address must look like name@example.ac.uk.')).toBeInTheDocument();
    expect(within(form).getByText('Organisation is required.')).toBeInTheDocument();
    expect(
      within(form).getByText('Phone number may hold only digits, spaces, brackets, a dash and a leading +.'),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText(/Full name/)).toHaveAttribute('aria-invalid', 'true');
    expect(await h.db.people.count()).toBe(0);
  });

  it('refuses an e-mail address already recorded, in words, under the field', async () => {
    const h = await harness();
    await storedPerson(h);
    renderPeople(h);

    await userEvent.click(await screen.findByRole('button', { name: 'Add person' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    await fillPerson(form, 'Dr Mei Chen', 'M.Chen@Example.ac.uk');
    await userEvent.click(within(form).getByRole('button', { name: 'Add person' }));

    const message = 'A person with the e-mail address m.chen@example.ac.uk is already recorded.';
    expect(await within(form).findByRole('alert')).toHaveTextContent(message);
    expect(within(form).getByLabelText(/E-mail address/)).toHaveAccessibleDescription(message);
    expect(await h.db.people.count()).toBe(1);
  });

  it('adds a person, opens their page, and finds them by the start of a surname, an e-mail or an organisation', async () => {
    const h = await harness();
    await storedPerson(h);
    renderPeople(h);

    await userEvent.click(await screen.findByRole('button', { name: 'Add person' }));
    await fillPerson(
      screen.getByRole('form', { name: 'Add a person' }),
      'Dr Ngozi Adeyemi',
      'n.adeyemi@example.ac.uk',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dr Ngozi Adeyemi' }, { timeout: 8000 }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'All people' }));
    const search = await screen.findByLabelText('Search');
    await userEvent.type(search, 'ngozi');
    expect(await screen.findByText('1 person matches “ngozi”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dr Ngozi Adeyemi' })).toBeInTheDocument();
    await userEvent.clear(search);
    await userEvent.type(search, 'm.chen@');
    expect(await screen.findByRole('link', { name: 'Prof Mei Chen' })).toBeInTheDocument();
    await userEvent.clear(search);
    await userEvent.type(search, 'university of ex');
    expect(await screen.findByText('2 people match “university of ex”.')).toBeInTheDocument();
  });

  it('shows a person’s training status, adds training, and shows their readiness on each project', async () => {
    const h = await harness();
    const project = await storedProject(h, 'access');
    await storedMembers(h, {
      accessForm: { signedOn: day(-20), formVersion: 'v3' },
      accessGranted: { on: day(-19), by: h.staff.id },
    });
    await storedTraining(h, IDS.analyst, 400);
    renderSignedIn(
      h,
      <Routes>
        <Route path="/people/:personId" element={<PersonPage />} />
      </Routes>,
      `/people/${IDS.analyst}`,
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Łukasz Nowak' })).toBeInTheDocument();
    const training = screen.getByRole('region', { name: 'Training' });
    expect(await within(training).findAllByText(/^Expired /)).toHaveLength(2);
    const projects = screen.getByRole('region', { name: 'Projects' });
    const row = await within(projects).findByRole('row', { name: /DSH-2026-014/ });
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/projects/${project.id}`);
    expect(within(row).getByText('Not ready')).toBeInTheDocument();
    expect(within(row).getByText(/This person has no NHS DSA Level 1 training valid on/)).toBeInTheDocument();

    await userEvent.click(
      within(training).getByRole('button', { name: 'Add NHS DSA Level 1 training for Łukasz Nowak' }),
    );
    await userEvent.type(within(training).getByLabelText(/Certificate or evidence reference/), 'DSA-778899');
    await userEvent.click(within(training).getByRole('button', { name: 'Add training' }));
    expect(await within(training).findByText(/^Valid until /, { selector: 'dd .chip' })).toBeInTheDocument();
    expect(await within(row).findByText('Ready')).toBeInTheDocument();
  });

  it('edits a person’s details, and refuses another person’s e-mail address', async () => {
    const h = await harness();
    const other = await storedPerson(h);
    await storedMembers(h);
    renderSignedIn(
      h,
      <Routes>
        <Route path="/people/:personId" element={<PersonPage />} />
      </Routes>,
      `/people/${IDS.lead}`,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    const form = screen.getByRole('form', { name: 'Edit the details of Dr A Smith' });
    const email = within(form).getByLabelText(/E-mail address/);
    await userEvent.clear(email);
    await userEvent.type(email, other.email);
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      `A person with the e-mail address ${other.email} is already recorded.`,
    );
    expect((await h.db.people.get(IDS.lead))?.email).toBe('a.smith@example.ac.uk');

    await userEvent.clear(email);
    await userEvent.type(email, 'ada.smith@example.ac.uk');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Details saved.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'ada.smith@example.ac.uk' })).toBeInTheDocument();
  });

  it('lists a researcher recorded twice and merges the record not kept into the one kept', async () => {
    const h = await harness();
    // As team sync delivers them: two records of one researcher, made on two workstations.
    const kept = await storedPerson(h, { name: 'Prof Mei Chen' });
    const twice = await storedPerson(h, { ...recordBase(fixtureId(151)), name: 'M. Chen' });
    renderPeople(h);
    const panel = await screen.findByRole('region', { name: 'Recorded twice' });
    const group = within(panel).getByRole('group', { name: 'Records with m.chen@example.ac.uk' });
    await userEvent.click(within(group).getByRole('button', { name: 'Keep Prof Mei Chen…' }));
    expect(within(group).getByText(/Keep Prof Mei Chen and merge M\. Chen into it\?/)).toBeInTheDocument();
    await userEvent.click(within(group).getByRole('button', { name: 'Merge' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Merged into Prof Mei Chen (m.chen@example.ac.uk).',
    );
    expect(await h.db.people.get(twice.id)).toBeUndefined();
    expect(await h.db.people.get(kept.id)).toEqual(kept);
  });
});
