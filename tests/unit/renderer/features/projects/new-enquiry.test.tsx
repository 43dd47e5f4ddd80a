import { screen, waitFor } from '@testing-library/react';
import { NewEnquiryPage } from '../../../../../renderer/features/projects/NewEnquiryPage';
import { officer, renderScreen } from './app-harness';

describe('the new enquiry page', () => {
  it('shows each field’s message under it and saves nothing while the enquiry is invalid', async () => {
    const { db } = await renderScreen(<NewEnquiryPage />, { path: '/projects/new' });
    const user = officer();
    await user.fill(/Contact e-mail address/, 'smith at example');
    await user.click(screen.getByRole('button', { name: 'Save enquiry' }));

    expect(await screen.findByText('Title is required.')).toBeInTheDocument();
    expect(screen.getByText('Contact e-mail address must look like name@example.ac.uk.')).toBeInTheDocument();
    expect(screen.getByText('Contact name is required.')).toBeInTheDocument();
    expect(screen.getByText('Brief description is required.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Working title/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Working title/)).toHaveAccessibleDescription('Title is required.');
    expect(screen.getByLabelText(/Date received/)).not.toHaveAttribute('aria-invalid');
    expect(await db.projects.count()).toBe(0);
  });

  it('saves a valid enquiry with the next reference and opens its project page', async () => {
    const { db, router } = await renderScreen(<NewEnquiryPage />, { path: '/projects/new' });
    const user = officer();
    await user.fill(/Working title/, 'Air quality and childhood asthma');
    await user.fill(/Date received/, '2026-11-20');
    await user.fill(/Contact name/, 'Dr Zoë Ågren');
    await user.fill(/Contact e-mail address/, ' Z.Agren@Example.ac.uk ');
    await user.fill(/^Organisation/, 'University of Example');
    await user.fill(/Brief description/, 'Linked GP and pollution records.');
    await user.click(screen.getByRole('button', { name: 'Save enquiry' }));

    const [project] = await waitFor(async () => {
      const saved = await db.projects.toArray();
      expect(saved).toHaveLength(1);
      return saved;
    });
    expect(project).toMatchObject({
      reference: expect.stringMatching(/^DSH-\d{4}-001$/),
      title: 'Air quality and childhood asthma',
      stage: 'enquiry',
      status: 'open',
      enquiry: {
        receivedOn: '2026-11-20',
        contact: {
          name: 'Dr Zoë Ågren',
          email: 'z.agren@example.ac.uk',
          organisation: 'University of Example',
        },
      },
    });
    // Empty optional fields are left out, not stored as ''.
    expect(project!.enquiry.contact).not.toHaveProperty('department');
    expect(project!.enquiry).not.toHaveProperty('dataSourcesHinted');
    expect(await screen.findByRole('heading', { name: `Project page ${project!.id}` })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/projects/${project!.id}`);
  });
});
