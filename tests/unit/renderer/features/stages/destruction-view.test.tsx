import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { PrintedDestructionFormSchema, type Destruction } from '../../../../../shared/domain';
import { schemaResolver } from '../../../../../renderer/components/form/schema-resolver';
import {
  DestructionView,
  type DestructionValues,
} from '../../../../../renderer/features/projects/stages/closure/DestructionView';
import { aClosureRecord } from '../../../../helpers/domain-fixtures';

// The destruction section's view alone, over a form checked by the shared schema as its container checks it:
// what the officer sees, and what a submit hands back.
const blank: DestructionValues = {
  date: '',
  method: '',
  technique: '',
  tool: '',
  verification: '',
  performedBy: { name: 'Sam Officer', role: 'DSH officer' },
  witnessedBy: { name: '', role: '' },
  backupsOverwrittenBy: '',
};
const recorded = aClosureRecord().destruction!;

function Harness({
  readOnly = false,
  destruction,
  savedNote = false,
  onSaved,
}: {
  readOnly?: boolean;
  destruction?: Destruction;
  savedNote?: boolean;
  onSaved: (destruction: Destruction) => void;
}) {
  const form = useForm<DestructionValues, unknown, Destruction>({
    defaultValues: blank,
    resolver: schemaResolver(PrintedDestructionFormSchema),
  });
  return (
    <DestructionView
      destruction={destruction}
      readOnly={readOnly}
      form={form}
      onSubmit={form.handleSubmit(onSaved)}
      failure={null}
      storedValues={undefined}
      savedNote={savedNote}
    />
  );
}

function renderView(props: Omit<Parameters<typeof Harness>[0], 'onSaved'> = {}) {
  const saved: Destruction[] = [];
  render(<Harness {...props} onSaved={(destruction) => saved.push(destruction)} />);
  return { saved, section: screen.getByRole('region', { name: /Data destroyed/ }) };
}

describe('the destruction section as the officer sees it', () => {
  it('shows each field’s error on an empty submit, and hands nothing back', async () => {
    const { saved, section } = renderView();
    expect(within(section).getByText('To do')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Save destruction details' }));
    expect(await within(section).findByText('Date of destruction is required.')).toBeInTheDocument();
    expect(within(section).getByText('Choose the method: Clear, Purge or Destroy.')).toBeInTheDocument();
    expect(
      within(section).getByRole('group', { name: 'Method (NIST SP 800-88)' }),
    ).toHaveAccessibleDescription('Choose the method: Clear, Purge or Destroy.');
    expect(within(section).getByLabelText(/^Technique/)).toHaveAccessibleDescription(
      /Technique is required\./,
    );
    expect(saved).toEqual([]);
  });

  it('hands back what was typed, checked, on submit', async () => {
    const { saved, section } = renderView();
    await userEvent.type(within(section).getByLabelText(/^Date of destruction/), '12/11/2026');
    await userEvent.click(within(section).getByRole('radio', { name: /^Purge/ }));
    await userEvent.type(within(section).getByLabelText(/^Technique/), 'Cryptographic erase');
    await userEvent.type(within(section).getByLabelText(/^Tool/), 'VeraCrypt 1.26');
    await userEvent.type(within(section).getByLabelText(/^Verification/), 'Read-back found no data.');
    await userEvent.type(within(section).getByLabelText(/^Name \(witnessed by\)/), 'Pat Manager');
    await userEvent.type(within(section).getByLabelText(/^Role \(witnessed by\)/), 'DSH manager');
    await userEvent.click(within(section).getByRole('button', { name: 'Save destruction details' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved).toEqual([
      {
        date: '2026-11-12',
        method: 'Purge',
        technique: 'Cryptographic erase',
        tool: 'VeraCrypt 1.26',
        verification: 'Read-back found no data.',
        performedBy: { name: 'Sam Officer', role: 'DSH officer' },
        witnessedBy: { name: 'Pat Manager', role: 'DSH manager' },
      },
    ]);
  });

  it('says "Saved." after a save', () => {
    const { section } = renderView({ savedNote: true });
    expect(within(section).getByRole('status')).toHaveTextContent('Saved.');
  });

  it('shows the recorded destruction as facts when read-only, with nothing to type', () => {
    const { section } = renderView({ readOnly: true, destruction: recorded });
    expect(within(section).getByText('Complete')).toBeInTheDocument();
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).getByText(recorded.tool)).toBeInTheDocument();
    expect(
      within(section).getByText(`${recorded.witnessedBy.name}, ${recorded.witnessedBy.role}`),
    ).toBeInTheDocument();
  });

  it('says "Not recorded." when read-only with nothing recorded', () => {
    const { section } = renderView({ readOnly: true });
    expect(within(section).getByText('Not recorded.')).toBeInTheDocument();
  });
});
