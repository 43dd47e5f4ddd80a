import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import {
  CertificateFormView,
  type CertificateFormViewProps,
} from '../../../../../renderer/features/certificates/CertificateFormView';
import { aCertificate, aProject, fixtureId } from '../../../../helpers/domain-fixtures';

// The certificate form's view alone: what the officer sees for a given draft, and what it hands back.
const project = aProject({ id: fixtureId(10), stage: 'closure', status: 'open' });
const { number: _number, ...draft } = aCertificate().content;

function renderView(overrides: Partial<CertificateFormViewProps> = {}) {
  const calls = { preview: 0, ask: 0, cancel: 0, issue: 0 };
  const props: CertificateFormViewProps = {
    project,
    today: '2026-11-25',
    draft,
    problems: [],
    blockers: [],
    organisation: 'University of Example — Data Safe Haven',
    confirming: false,
    busy: false,
    failure: null,
    previewBusy: false,
    previewOutcome: <p role="status">Preview saved to /home/officer/preview.pdf</p>,
    onSavePreview: () => calls.preview++,
    onAskToIssue: () => calls.ask++,
    onCancelIssue: () => calls.cancel++,
    onIssue: () => calls.issue++,
    ...overrides,
  };
  render(
    <MemoryRouter>
      <CertificateFormView {...props} />
    </MemoryRouter>,
  );
  return { calls, issuePanel: screen.getByRole('region', { name: 'Issue the certificate' }) };
}

describe('the certificate form as the officer sees it', () => {
  it('shows what will print from the draft, and hands back "Save PDF preview…" and "Issue certificate…"', async () => {
    const { calls, issuePanel } = renderView();
    const preview = screen.getByRole('article', { name: 'Preview of the certificate of deletion' });
    expect(preview).toHaveTextContent('Assigned when issued');
    expect(preview).toHaveTextContent('Dr A Smith');
    expect(preview).toHaveTextContent('ToolVeraCrypt 1.26');
    expect(screen.getByRole('status')).toHaveTextContent('Preview saved to /home/officer/preview.pdf');
    await userEvent.click(screen.getByRole('button', { name: 'Save PDF preview…' }));
    expect(calls.preview).toBe(1);
    await userEvent.click(within(issuePanel).getByRole('button', { name: 'Issue certificate…' }));
    expect(calls).toMatchObject({ ask: 1, issue: 0 });
  });

  it('asks to confirm with the project and the date, then issues or cancels', async () => {
    const { calls, issuePanel } = renderView({ confirming: true });
    expect(within(issuePanel).getByRole('group')).toHaveTextContent(
      'Issue the certificate of deletion for DSH-2026-014, dated 25 Nov 2026? It cannot be changed once issued.',
    );
    expect(within(issuePanel).queryByRole('button', { name: 'Issue certificate…' })).not.toBeInTheDocument();
    await userEvent.click(within(issuePanel).getByRole('button', { name: 'Issue certificate' }));
    await userEvent.click(within(issuePanel).getByRole('button', { name: 'Cancel' }));
    expect(calls).toMatchObject({ issue: 1, cancel: 1 });
  });

  it('cannot issue twice at once: Issue is disabled while an issue is under way', () => {
    const { issuePanel } = renderView({ confirming: true, busy: true });
    expect(within(issuePanel).getByRole('button', { name: 'Issue certificate' })).toBeDisabled();
  });

  it('says why the last issue failed, with every reason', () => {
    const { issuePanel } = renderView({
      failure: { message: 'The certificate was not issued.', reasons: ['The witness is not recorded.'] },
    });
    const alert = within(issuePanel).getByRole('alert');
    expect(alert).toHaveTextContent('The certificate was not issued.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('The witness is not recorded.');
  });

  it('lists what is missing, with where to correct it, and offers neither preview nor issue', async () => {
    const { calls, issuePanel } = renderView({
      draft: undefined,
      problems: [{ message: 'Tool is required.', source: 'closure' }],
      blockers: ['Record the data owner’s authorisation reference.'],
    });
    expect(screen.getByText('This certificate cannot be issued yet:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Complete the closure checklist' })).toHaveAttribute(
      'href',
      `/projects/${project.id}?stage=closure`,
    );
    const toCorrect = screen.getByRole('list', { name: 'To correct: correct the closure record' });
    expect(within(toCorrect).getByRole('listitem')).toHaveTextContent('Tool is required.');
    expect(within(issuePanel).getByRole('list')).toHaveTextContent(
      'Record the data owner’s authorisation reference.',
    );
    expect(screen.getByText('The preview appears once the records above are complete.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save PDF preview…' })).toBeDisabled();
    const issue = within(issuePanel).getByRole('button', { name: 'Issue certificate…' });
    expect(issue).toBeDisabled();
    await userEvent.click(issue);
    expect(calls).toMatchObject({ preview: 0, ask: 0 });
  });
});
