/**
 * A record form keeps what the officer types while a save is in flight (an autosave can start at any pause):
 * after the save, fields changed since it began keep the typed text and stay unsaved (the guard holds); fields
 * left alone take the saved values. And a form that saves itself does so a pause after typing, saying
 * "Saving…" then "Saved at hh:mm".
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { AutosaveStatus } from '../../../../../renderer/components/form/AutosaveStatus';
import { useUnsavedForms } from '../../../../../renderer/components/form/unsaved-forms';
import { useAutosave } from '../../../../../renderer/components/form/use-autosave';
import { useRecordForm } from '../../../../../renderer/components/form/use-record-form';
import { StaleRecordError } from '../../../../../renderer/db/errors';
import { UnsavedFormsProvider } from '../../../../../renderer/components/form/unsaved-forms';
import { harness, renderSignedIn } from '../../features/stages/app-harness';

jest.setTimeout(60_000);

interface Note {
  id: string;
  revision: number;
  title: string;
  body: string;
}
type Values = { title: string; body: string };

/** Resolves the save in flight when the test says so. */
let finishSave: (() => void) | undefined;
/** How many saves were started, and whether the next one is refused as changed elsewhere. */
let saves = 0;
let refuseNext = false;

/** A form over a note whose save waits for the test, and trims what it stores (as repositories do). */
function NoteForm({ auto }: { auto: boolean }) {
  const [note, setNote] = useState<Note>({ id: 'n1', revision: 1, title: '', body: '' });
  const record = useRecordForm<Note, Values>({
    record: note,
    toValues: (r) => ({ title: r?.title ?? '', body: r?.body ?? '' }),
    label: 'Note',
    save: (values) =>
      new Promise<Note>((resolve, reject) => {
        saves += 1;
        if (refuseNext) {
          refuseNext = false;
          reject(new StaleRecordError());
          return;
        }
        finishSave = () => {
          const saved = {
            ...note,
            revision: note.revision + 1,
            title: values.title.trim(),
            body: values.body.trim(),
          };
          setNote(saved);
          resolve(saved);
        };
      }),
  });
  const autosave = useAutosave(record, auto ? 300 : 60_000);
  const unsaved = useUnsavedForms();
  return (
    <form onSubmit={record.submit} aria-label="Note">
      <label>
        Title <input {...record.form.register('title')} />
      </label>
      <label>
        Body <input {...record.form.register('body')} />
      </label>
      <button type="submit">Save</button>
      {record.failure}
      <AutosaveStatus state={autosave} />
      <p>{unsaved.length > 0 ? 'Unsaved work on this page' : 'Nothing unsaved'}</p>
    </form>
  );
}

async function render(auto: boolean) {
  const h = await harness();
  renderSignedIn(
    h,
    <UnsavedFormsProvider>
      <NoteForm auto={auto} />
    </UnsavedFormsProvider>,
  );
  return h;
}

describe('typing while a save is in flight', () => {
  it('keeps the text typed after the save began, and the saved values elsewhere', async () => {
    await render(false);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Title'), '  Draft title  ');
    await user.type(screen.getByLabelText('Body'), 'First');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saving…')).toBeInTheDocument();

    // The save is slow: the officer goes on typing in one field.
    await user.type(screen.getByLabelText('Body'), ' and more');
    await act(async () => finishSave!());

    // The title was left alone since the save began: it shows the stored (trimmed) value. The body keeps
    // every character typed, and is still unsaved against what was stored.
    expect(screen.getByLabelText('Title')).toHaveValue('Draft title');
    expect(screen.getByLabelText('Body')).toHaveValue('First and more');
    expect(screen.getByText('Unsaved work on this page')).toBeInTheDocument();
  });

  it('releases the page once nothing was typed during the save', async () => {
    await render(false);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Body'), 'Only this');
    expect(screen.getByText('Unsaved work on this page')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await act(async () => finishSave!());
    expect(screen.getByLabelText('Body')).toHaveValue('Only this');
    expect(await screen.findByText('Nothing unsaved')).toBeInTheDocument();
  });
});

describe('a form that saves itself', () => {
  it('saves a pause after typing, saying so, then saves what was typed meanwhile in the next round', async () => {
    await render(true);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Title'), 'Plan');
    expect(await screen.findByText('Saving…')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Body'), 'Typed meanwhile');
    await act(async () => finishSave!());
    expect(screen.getByLabelText('Body')).toHaveValue('Typed meanwhile');
    // The body was typed during the first save: a second round saves it.
    expect(await screen.findByText('Saving…')).toBeInTheDocument();
    await act(async () => finishSave!());
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeInTheDocument();
    expect(screen.getByText('Nothing unsaved')).toBeInTheDocument();
  });
});

describe('a form that saves itself, when the record changed elsewhere', () => {
  it('stops sending until the officer chooses, then saves what they kept', async () => {
    await render(true);
    const user = userEvent.setup();
    saves = 0;
    refuseNext = true;
    await user.type(screen.getByLabelText('Title'), 'Mine');
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('changed elsewhere');
    expect(screen.getByText('Not saved: see the message above.')).toBeInTheDocument();
    // No second attempt while the choice waits (it would only be refused again).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(saves).toBe(1);

    await user.click(within(refusal).getByRole('button', { name: 'Keep what I typed' }));
    expect(await screen.findByText('Saving…')).toBeInTheDocument();
    await act(async () => finishSave!());
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Mine');
    expect(saves).toBe(2);
  });
});
