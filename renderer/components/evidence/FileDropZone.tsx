/**
 * Where a file is attached: a labelled file input (the keyboard's and screen reader's way) inside an area
 * that also takes a file dropped on it. Shared by evidence lists and the DSA certificate reader.
 */
import { useId, useState, type DragEvent, type ReactNode } from 'react';

/** A file input with a drop area around it. */
export function FileDropZone({
  label,
  hint,
  busy,
  onFile,
}: {
  /** The input's visible label, e.g. "Attach a file". */
  label: string;
  hint?: ReactNode;
  busy: boolean;
  onFile: (file: File) => void;
}) {
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);

  function dropped(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  }

  return (
    <div
      className={`file-drop${over ? ' file-drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={dropped}
    >
      <label htmlFor={inputId} className="file-drop-label">
        {label}
      </label>
      <input
        id={inputId}
        type="file"
        accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
        disabled={busy}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again is seen as a choice.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
