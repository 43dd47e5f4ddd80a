/**
 * The command palette (Ctrl+K): a modal dialog with one combobox. Typing filters pages, actions, projects
 * and people; ↑/↓ (and Home/End) move through the list, Enter chooses, Escape closes and gives focus back
 * to whatever had it. The list is an ARIA listbox tied to the input by aria-activedescendant, so focus never
 * leaves the input.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { PaletteEntry } from './palette-commands';
import { usePaletteResults } from './use-palette-results';
import './palette.css';

interface CommandPaletteProps {
  onChoose: (entry: PaletteEntry) => void;
  onClose: () => void;
}

/** The palette, open while it is rendered. */
export function CommandPalette({ onChoose, onClose }: CommandPaletteProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const labelId = useId();
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const { entries, searching } = usePaletteResults(typed);
  const current = Math.min(active, Math.max(0, entries.length - 1));

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => {
    document.getElementById(`${listId}-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, listId, entries]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = entries.length - 1;
    const moves: Record<string, number | undefined> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: event.ctrlKey ? 0 : undefined,
      End: event.ctrlKey ? last : undefined,
      PageDown: Math.min(last, current + 5),
      PageUp: Math.max(0, current - 5),
    };
    const next = moves[event.key];
    if (next !== undefined && entries.length > 0) {
      event.preventDefault();
      setActive(next);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entry = entries[current];
      if (entry) onChoose(entry);
    }
  }

  const status = searching
    ? 'Searching projects and people…'
    : entries.length === 0
      ? 'Nothing matches. Try a project reference, a name, or a page.'
      : `${entries.length} result${entries.length === 1 ? '' : 's'}. Use the up and down arrows, then Enter.`;

  return (
    <dialog
      ref={ref}
      className="palette"
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its box) closes it.
        if (event.target === ref.current) onClose();
      }}
    >
      <label id={labelId} className="palette-label">
        Go to or do
        <input
          type="text"
          role="combobox"
          className="palette-input"
          aria-autocomplete="list"
          aria-expanded={entries.length > 0}
          aria-controls={listId}
          aria-activedescendant={entries.length > 0 ? `${listId}-${current}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="A page, an action, a project or a person"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <ul id={listId} role="listbox" aria-label="Results" className="palette-list">
        {entries.map((entry, index) => (
          <li
            key={entry.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={`palette-option${index === current ? ' is-active' : ''}`}
            onMouseMove={() => setActive(index)}
            onClick={() => onChoose(entry)}
          >
            <span className="palette-option-label">{entry.label}</span>
            <span className="palette-kind">{entry.kind}</span>
            {entry.detail && <span className="palette-detail">{entry.detail}</span>}
          </li>
        ))}
      </ul>
      <p className="palette-status muted small" role="status">
        {status}
      </p>
      <p className="palette-keys muted small">
        <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
      </p>
    </dialog>
  );
}
