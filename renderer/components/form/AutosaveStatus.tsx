/** The line beside a form that saves itself: "Saving…", "Saved at 10:42", or why it has not saved. */
import type { AutosaveState } from './use-autosave';

const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** The words for `state`. */
export function autosaveWords(state: AutosaveState): string {
  switch (state.kind) {
    case 'saving':
      return 'Saving…';
    case 'failed':
      return 'Not saved: see the message above.';
    case 'waiting':
      return 'Changes not saved yet: they save themselves when you pause.';
    case 'saved':
      return `Saved at ${TIME.format(state.at)}`;
    case 'idle':
      return 'Changes save themselves as you type.';
  }
}

/** The status line (announced politely to screen readers). */
export function AutosaveStatus({ state }: { state: AutosaveState }) {
  return (
    <span role="status" className={`saved-note autosave-${state.kind}`}>
      {autosaveWords(state)}
    </span>
  );
}
