/** "Mine" or "Everyone": whose projects the dashboard shows, as two radio buttons (arrow keys move between). */
import type { OfficerScope } from '../../components/actions/officer-scope';

/** The switch, with how many items each choice holds once they are known. */
export function ScopeSwitch({
  scope,
  onChange,
}: {
  scope: OfficerScope;
  onChange: (scope: OfficerScope) => void;
}) {
  const choices: { value: OfficerScope; label: string }[] = [
    { value: 'mine', label: 'My projects' },
    { value: 'everyone', label: 'Everyone' },
  ];
  return (
    <fieldset className="scope-switch">
      <legend>Show</legend>
      {choices.map((choice) => (
        <label key={choice.value} className={scope === choice.value ? 'scope-chosen' : undefined}>
          <input
            type="radio"
            name="dashboard-scope"
            value={choice.value}
            checked={scope === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
