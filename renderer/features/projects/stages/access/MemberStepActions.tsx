/** The buttons that open "for several members" dialogs over a members panel, and what the last one saved. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { londonToday } from '../../../../../shared/dates';
import { useApp } from '../../../../app/app-context';
import { lastAccessFormVersion } from '../../../../db/repositories/member-steps';
import type { SettingsView } from '../../../../db/repositories/settings';
import type { MemberView } from '../../../../components/people/use-project-members';
import { MemberStepDialog } from './MemberStepDialog';
import { latestFormVersion, stepCandidates, stepWords, type StepChoice } from './member-step-choices';

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
  const { db } = useApp();
  const lastVersion = useLiveQuery(() => lastAccessFormVersion(db), [db]);
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
          // This project's last form first; else the last one recorded on any project.
          suggestedFormVersion={latestFormVersion(members) ?? lastVersion}
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
