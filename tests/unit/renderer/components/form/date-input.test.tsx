import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { DateInput } from '../../../../../renderer/components/form/DateInput';
import { Field } from '../../../../../renderer/components/form/Field';

function DateForm({ onSave, start = '' }: { onSave: (values: { on: string }) => void; start?: string }) {
  const form = useForm<{ on: string }>({ defaultValues: { on: start } });
  return (
    <form onSubmit={form.handleSubmit(onSave)}>
      <Field label="Date received">
        <DateInput {...form.register('on')} />
      </Field>
      <button type="button" onClick={() => form.reset({ on: '2027-01-31' })}>
        Reset
      </button>
      <button type="submit">Save</button>
    </form>
  );
}

describe('a date field', () => {
  it('shows the stored day as dd/mm/yyyy, whatever the locale', () => {
    render(<DateForm onSave={jest.fn()} start="2026-12-06" />);
    expect(screen.getByLabelText('Date received')).toHaveValue('06/12/2026');
  });

  it.each([
    ['6/12/26', '2026-12-06'],
    ['06122026', '2026-12-06'],
    ['31/02/2026', '31/02/2026'],
  ])('reads %j typed as %j', async (typed, saved) => {
    const onSave = jest.fn();
    render(<DateForm onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Date received'), typed);
    await userEvent.tab();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ on: saved }, expect.anything());
    if (saved.includes('-')) expect(screen.getByLabelText('Date received')).toHaveValue('06/12/2026');
  });

  it('takes a day picked from the calendar, weeks starting on Monday', async () => {
    const onSave = jest.fn();
    render(<DateForm onSave={onSave} start="2026-12-06" />);
    await userEvent.click(screen.getByRole('button', { name: 'Choose from a calendar' }));
    const calendar = screen.getByRole('dialog', { name: 'Calendar' });
    expect(calendar.querySelector('th')).toHaveTextContent(/^Mo/);
    await userEvent.click(screen.getByRole('button', { name: /Tuesday, 15 December 2026/ }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('Date received')).toHaveValue('15/12/2026');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ on: '2026-12-15' }, expect.anything());
  });

  it('shows a value the form sets (a reset) in the same form', async () => {
    render(<DateForm onSave={jest.fn()} start="2026-12-06" />);
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByLabelText('Date received')).toHaveValue('31/01/2027');
  });
});
