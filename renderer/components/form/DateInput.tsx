/**
 * A date field that shows and reads dd/mm/yyyy whatever the machine's locale (the browser's own date input
 * follows the operating system: 12/06/2026 on a US-English machine for 6 December). The officer types the
 * day ("6/12/26", "06122026", "6 Dec 2026") or picks it from a calendar (react-day-picker, UK weeks from
 * Monday); the form holds the ISO day `yyyy-MM-dd`, or the text as typed when it is not a real day, so the
 * form's schema says what is wrong with it.
 *
 * It takes react-hook-form's `register(...)` as an input does: the form reads and sets its value through
 * the handle given to `ref` (a `value` property, as an input has). Or it is controlled with `value`.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DayPicker } from 'react-day-picker';
import { enGB } from 'react-day-picker/locale';
import { formatShortDate, isIsoDate, parseTypedDate } from '../../../shared/dates';
import 'react-day-picker/style.css';
import './date-input.css';

/** What the form receives on a change: the ISO day, or the text as typed. */
type DateEvent = { target: { name: string; value: string } };

/** The handle react-hook-form reads and sets the value through (what an input would be). */
interface DateHandle {
  name: string;
  type: 'text';
  value: string;
  focus: () => void;
}

interface DateInputProps {
  name?: string;
  /** The ISO day (controlled); leave out when the form registers the field. */
  value?: string;
  onChange?: (event: DateEvent) => unknown;
  onBlur?: (event: DateEvent) => unknown;
  ref?: ((handle: DateHandle | null) => void) | undefined;
  id?: string;
  disabled?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  /** The earliest day offered (ISO; register's numeric limits are not used for days). */
  min?: string | number | undefined;
  /** The last day offered (ISO). */
  max?: string | number | undefined;
}

/** The text shown for a form value: dd/mm/yyyy for a real day, else the value as typed. */
function shown(value: string | undefined): string {
  return value && isIsoDate(value) ? formatShortDate(value) : (value ?? '');
}

const dayOf = (iso: string) =>
  new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (day: Date) =>
  `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;

const FIRST_MONTH = new Date(1950, 0, 1);
const LAST_MONTH = new Date(new Date().getFullYear() + 30, 11, 1);

/** The date field: a text input for dd/mm/yyyy and a button that opens a calendar. */
export function DateInput({
  name = '',
  value,
  onChange,
  onBlur,
  ref,
  id,
  disabled,
  min,
  max,
  ...aria
}: DateInputProps) {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const current = useRef(value ?? '');
  const [text, setText] = useState(() => shown(value));
  const [open, setOpen] = useState(false);
  const calendarId = useId();

  // Controlled: follow the value given (unless it is what was just typed).
  useEffect(() => {
    if (value === undefined || value === current.current) return;
    current.current = value;
    setText(shown(value));
  }, [value]);

  const handle = useMemo<DateHandle>(
    () => ({
      name,
      type: 'text',
      get value() {
        return current.current;
      },
      set value(next: string) {
        current.current = next ?? '';
        setText(shown(next ?? ''));
      },
      focus: () => input.current?.focus(),
    }),
    [name],
  );

  const change = (next: string) => {
    current.current = next;
    onChange?.({ target: { name, value: next } });
  };
  const typed = (raw: string) => {
    setText(raw);
    change(raw.trim() === '' ? '' : (parseTypedDate(raw) ?? raw));
  };
  const picked = (day: Date | undefined) => {
    if (!day) return;
    const iso = isoOf(day);
    setText(shown(iso));
    change(iso);
    setOpen(false);
    input.current?.focus();
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  const day = parseTypedDate(text);
  const selected = day ? dayOf(day) : undefined;
  return (
    <span className="date-input">
      <input
        ref={(element) => {
          ref?.(element ? handle : null);
          input.current = element;
        }}
        id={id}
        name={name || undefined}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        value={text}
        disabled={disabled}
        onChange={(event) => typed(event.target.value)}
        onBlur={() => {
          if (isIsoDate(current.current)) setText(shown(current.current));
          onBlur?.({ target: { name, value: current.current } });
        }}
        {...aria}
      />
      <button
        ref={button}
        type="button"
        className="button secondary date-input-open"
        aria-expanded={open}
        aria-controls={open ? calendarId : undefined}
        aria-label="Choose from a calendar"
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        {/* A calendar drawn in SVG: an emoji needs a font the workstation may not have. */}
        <svg
          aria-hidden="true"
          focusable="false"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <rect x="3" y="5" width="18" height="16" rx="2" />
          <path d="M3 10h18M8 3v4M16 3v4" />
        </svg>
      </button>
      {open && (
        <div
          id={calendarId}
          role="dialog"
          aria-label="Calendar"
          className="date-input-calendar"
          onKeyDown={escape}
        >
          <DayPicker
            mode="single"
            locale={enGB}
            weekStartsOn={1}
            selected={selected}
            defaultMonth={selected}
            onSelect={picked}
            disabled={[
              ...(typeof min === 'string' && isIsoDate(min) ? [{ before: dayOf(min) }] : []),
              ...(typeof max === 'string' && isIsoDate(max) ? [{ after: dayOf(max) }] : []),
            ]}
            captionLayout="dropdown"
            // Training from decades ago to destruction dates years ahead (the default stops at this year).
            startMonth={FIRST_MONTH}
            endMonth={LAST_MONTH}
            autoFocus
          />
        </div>
      )}
    </span>
  );
}
