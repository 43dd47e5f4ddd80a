import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActiveStage } from '../../../../../renderer/features/projects/stages/active/ActiveStage';
import { recordChangeRequest } from '../../../../../renderer/db/repositories/change-requests';
import { harness, renderSignedIn, storedMembers, storedPerson, storedProject } from './app-harness';

// Each test types into real forms over a real (fake-indexeddb) database: slower than jest's default allows.
jest.setTimeout(60_000);

async function changeRequestsPanel(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Change requests' });
}

describe('ActiveStage', () => {
  it.each([
    ['Funding finished.', 'Closure starts on 20/11/2026: early end — Funding finished.'],
    ['Funding finished', 'Closure starts on 20/11/2026: early end — Funding finished.'],
    ['', 'Closure starts on 20/11/2026: early end.'],
  ])('says when the closure starts, with the note %j ending in one full stop', async (note, said) => {
    const h = await harness();
    const project = await storedProject(h, 'active');
    const closureStart = { startedOn: '2026-11-20', reason: 'early-end' as const, ...(note ? { note } : {}) };
    renderSignedIn(h, <ActiveStage project={{ ...project, closureStart }} />);
    const panel = await screen.findByRole('region', { name: 'Closure' });
    const text = within(panel).getByText(/^Closure starts on/).textContent ?? '';
    expect(text.replace(/\s+/g, ' ').trim()).toBe(said);
  });

  it('asks what is requested before recording anything', async () => {
    const h = await harness();
    const project = await storedProject(h, 'active');
    renderSignedIn(h, <ActiveStage project={project} />);

    const panel = await changeRequestsPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'New change request' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Record request' }));
    expect(await within(panel).findByText('Choose what is requested.')).toBeInTheDocument();

    await userEvent.click(within(panel).getByLabelText(/Add an application/));
    await userEvent.click(within(panel).getByRole('button', { name: 'Record request' }));
    expect(
      await within(panel).findByText(
        'Choose one application from the catalogue, or name one new application.',
      ),
    ).toBeInTheDocument();
    expect(await h.db.changeRequests.count()).toBe(0);
  });

  it('records a new person with an add-user request, but refuses an e-mail already recorded and saves neither', async () => {
    const h = await harness();
    const project = await storedProject(h, 'active');
    await storedMembers(h);
    renderSignedIn(h, <ActiveStage project={project} />);

    const panel = await changeRequestsPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'New change request' }));
    await userEvent.click(within(panel).getByLabelText(/Add a user/));
    await userEvent.click(within(panel).getByLabelText('A person not yet recorded: record them now'));
    await userEvent.type(within(panel).getByLabelText(/Full name/), 'Dr Ada Smith');
    await userEvent.type(within(panel).getByLabelText(/E-mail address/), 'A.Smith@example.ac.uk');
    await userEvent.type(within(panel).getByLabelText(/Organisation/), 'University of Example');
    await userEvent.click(within(panel).getByRole('button', { name: 'Record request' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'A person with the e-mail address a.smith@example.ac.uk is already recorded.',
    );
    expect(within(panel).getByLabelText(/E-mail address/)).toHaveAttribute('aria-invalid', 'true');
    expect(await h.db.changeRequests.count()).toBe(0);
    expect(await h.db.people.count()).toBe(2);

    await userEvent.clear(within(panel).getByLabelText(/E-mail address/));
    await userEvent.type(within(panel).getByLabelText(/E-mail address/), 'ada.smith@example.ac.uk');
    await userEvent.click(within(panel).getByRole('button', { name: 'Record request' }));
    expect(await within(panel).findByText('Change request recorded.')).toBeInTheDocument();
    expect(await within(panel).findByRole('link', { name: 'Dr Ada Smith' })).toBeInTheDocument();
    expect(within(panel).getByText('Requested', { selector: '.chip' })).toBeInTheDocument();
  });

  it('approving an add-user request makes the person a member, who is not ready until trained and given access', async () => {
    const h = await harness();
    const project = await storedProject(h, 'active');
    const person = await storedPerson(h);
    await recordChangeRequest(h.ctx, project.id, {
      kind: 'add-user',
      personId: person.id,
      requestedOn: project.stageEnteredAt.active!,
    });
    renderSignedIn(h, <ActiveStage project={project} />);

    const panel = await changeRequestsPanel();
    await userEvent.click(
      await within(panel).findByRole('button', { name: 'Approve: Add user: Prof Mei Chen' }),
    );
    expect(within(panel).getByText(/The person becomes a member of the project/)).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Approve' }));

    expect(await within(panel).findByText('Approved', { selector: '.chip' })).toBeInTheDocument();
    expect(await within(panel).findByText('Not ready')).toBeInTheDocument();
    const membership = await h.db.memberships.where('personId').equals(person.id).first();
    expect(membership).toMatchObject({ projectId: project.id, role: 'analyst' });
    const access = await screen.findByRole('region', { name: 'Access of members' });
    expect(await within(access).findByRole('article', { name: 'Prof Mei Chen' })).toBeInTheDocument();

    // Marking it done while the person is not ready warns, with the reasons, and saves only once confirmed.
    await userEvent.click(within(panel).getByRole('button', { name: 'Mark done: Add user: Prof Mei Chen' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Mark done' }));
    const warning = await within(panel).findByRole('group', { name: 'Prof Mei Chen is not ready yet' });
    expect(warning).toHaveTextContent('user access form');
    expect((await h.db.changeRequests.toArray())[0]!.status).toBe('approved');
    await userEvent.click(within(warning).getByRole('button', { name: 'Mark done although not ready' }));
    expect(await within(panel).findByText('Done', { selector: '.chip' })).toBeInTheDocument();
    const events = await h.db.auditEvents.where('entity').equals('change-request').toArray();
    expect(events.at(-1)).toMatchObject({ action: 'complete' });
    expect(events.at(-1)!.changes['notReadyWhenDone']!.after).toEqual(
      expect.arrayContaining([expect.stringContaining('Prof Mei Chen')]),
    );
  });
});
