/** The period a report covers, as a labelled select. */
import { Field } from '../../../components/form/Field';

interface PeriodSelectProps {
  label: string;
  value: number;
  options: readonly { value: number; label: string }[];
  onChange: (value: number) => void;
}

/** "Period: the last 12 months ▾". */
export function PeriodSelect({ label, value, options, onChange }: PeriodSelectProps) {
  return (
    <div className="report-controls">
      <Field label={label}>
        <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
