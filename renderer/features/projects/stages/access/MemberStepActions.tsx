/** The buttons that open "for several members" dialogs over a members panel, and what the last one saved. */
import { useState } from 'react';
import { londonToday } from '../../../../../shared/dates';
import type { SettingsView } from '../../../../db/repositories/settings';
import type { MemberView } from '../../../people/use-project-members';
import { MemberStepDialog } from './MemberStepDialog';
import { stepCandidates, stepWords, type StepChoice } from './member-step-choices';

/** A bar of one button per step that some member can take; none when the panel is read-only. */
export function MemberStepActions({
  projectId,
  choices,
  members,
  settings,
  readOnly,
}: {
  projectId: string;
  choices: readonly StepChoice[];
  members: readonly MemberView[];
  settings: SettingsView;
  readOnly: boolean;
}) {
  const [open, setOpen] = useState<StepChoice | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (readOnly) return null;
  const today = londonToday();
  // A step no member can take has no button (every form signed, everyone's access revoked…).
  const needed = choices.filter((choice) =>
    stepCandidates(choice, members, today, settings).some((c) => !c.unavailable),
  );
  return (
    <>
      {needed.length > 0 && (
        <div className="bulk-bar" role="group" aria-label="Several members at once">
          {needed.map((choice) => (
            <button
              key={stepWords(choice)}
              type="button"
              className={choice.step === 'access-revoked' ? 'button danger small' : 'button secondary small'}
              onClick={() => {
                setSaved(null);
                setOpen(choice);
              }}
            >
              {choice.step === 'access-revoked'
                ? 'Revoke all members’ access…'
                : `${stepWords(choice)} for several…`}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="saved-note">
        {saved}
      </p>
      {open && (
        <MemberStepDialog
          projectId={projectId}
          choice={open}
          members={members}
          settings={settings}
          onClose={() => setOpen(null)}
          onSaved={(message) => {
            setOpen(null);
            setSaved(message);
          }}
        />
      )}
    </>
  );
}
