import { screen, within } from '@testing-library/react';
import { ProjectPage } from '../../../../../renderer/features/projects/ProjectPage';
import { moveProject } from '../../../../../renderer/db/repositories/project-moves';
import { aProjectInOnboarding, appDb, officer, renderScreen, storedProject } from './app-harness';

// The whole project page renders over fake-indexeddb in jsdom: slower than a browser.
jest.setTimeout(30_000);

describe('a project page past onboarding', () => {
  it('refuses to move the project while a set-up task form holds unsaved work', async () => {
    const t = await appDb();
    const onboarding = await aProjectInOnboarding(t);
    const { project } = await moveProject(t.ctx, onboarding.id, onboarding.revision, {
      kind: 'override',
      reason: 'Onboarding form completed on paper.',
    });
    await renderScreen(<ProjectPage />, { path: '/projects/:projectId', url: `/projects/${project.id}`, t });
    const user = officer();

    const checklist = await screen.findByRole('region', { name: 'Set-up checklist' }, { timeout: 15_000 });
    await user.click(
      await within(checklist).findByRole('button', { name: 'Mark ‘Environment created’ done' }),
    );
    const task = within(checklist).getByRole('form', { name: 'Mark ‘Environment created’ done' });
    await user.type(within(task).getByLabelText(/Note/), 'Half-written');

    await user.click(screen.getByRole('button', { name: 'Withdraw…' }));
    const withdraw = screen.getByRole('form', { name: 'Withdraw the project' });
    await user.type(within(withdraw).getByLabelText(/Reason/), 'The team withdrew.');
    await user.click(within(withdraw).getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Save or discard your changes to the form on this stage first',
    );
    expect((await storedProject(t, project.id)).status).toBe('open');
  });
});
