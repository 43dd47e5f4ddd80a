/** The reminders page's filters: kind of work, when it is due, whose projects, per reminder or per person. */
import type { StaffMember } from '../../../shared/domain';
import { Field } from '../../components/form/Field';
import { ACTION_GROUPS } from '../../components/actions/action-groups';
import { NO_OFFICER } from '../../components/actions/officer-scope';
import type { Horizon } from '../../components/actions/today-first';

/** Bookings are news, not reminders: the dashboard and the calendar show them. */
export const REMINDER_GROUPS = ACTION_GROUPS.filter((group) => group.id !== 'bookings');

const HORIZON_LABELS: Record<Horizon, string> = {
  today: 'Today (and overdue)',
  week: 'This week (next 7 days)',
  later: 'Later',
};

/** What the filters hold (as the address holds them; '' = any). */
export interface ReminderFilterValues {
  group: string;
  when: string;
  officer: string;
  by: string;
  acknowledged: boolean;
}

/** The filter bar. */
export function RemindersFilters({
  values,
  staff,
  onChange,
}: {
  values: ReminderFilterValues;
  staff: readonly StaffMember[];
  onChange: (changes: Partial<ReminderFilterValues>) => void;
}) {
  const officers = staff.filter((member) => member.active || member.id === values.officer);
  return (
    <form className="filter-bar" aria-label="Filter reminders" onSubmit={(e) => e.preventDefault()}>
      <Field label="Show">
        <select value={values.group} onChange={(event) => onChange({ group: event.target.value })}>
          <option value="">Every reminder</option>
          {REMINDER_GROUPS.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Due">
        <select value={values.when} onChange={(event) => onChange({ when: event.target.value })}>
          <option value="">Any time</option>
          {(Object.keys(HORIZON_LABELS) as Horizon[]).map((horizon) => (
            <option key={horizon} value={horizon}>
              {HORIZON_LABELS[horizon]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Case officer">
        <select value={values.officer} onChange={(event) => onChange({ officer: event.target.value })}>
          <option value="">Every officer</option>
          {officers.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
          <option value={NO_OFFICER}>No case officer</option>
        </select>
      </Field>
      <Field label="List">
        <select value={values.by} onChange={(event) => onChange({ by: event.target.value })}>
          <option value="">Each reminder</option>
          <option value="person">One row per person</option>
        </select>
      </Field>
      <label className="checkbox-filter">
        <input
          type="checkbox"
          checked={values.acknowledged}
          onChange={(event) => onChange({ acknowledged: event.target.checked })}
        />{' '}
        Include acknowledged reminders
      </label>
    </form>
  );
}
