/**
 * Who looks after the project: its case officer, chosen from the DSH team. Choosing saves at once (an audited
 * change, one event); "Make me case officer" is the one-click case. A closed project shows the name only.
 */
import { useState } from 'react';
import type { Project } from '../../../../shared/domain';
import { useCurrentStaff, useWriteContext } from '../../../app/current-staff';
import { Field } from '../../../components/form/Field';
import { StaffSelect, useStaff } from '../../../components/form/StaffSelect';
import { setCaseOfficer } from '../../../db/repositories/case-officers';
import { faultMessage } from '../../../db/errors';

/** The "Case officer" panel of a project page. */
export function CaseOfficerPanel({ project }: { project: Project }) {
  const ctx = useWriteContext();
  const { staffMember } = useCurrentStaff();
  const { staff, nameOf } = useStaff();
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const current = project.caseOfficerId;
  const editable = project.status !== 'closed';

  async function choose(staffId: string | undefined) {
    setMessage(null);
    try {
      await setCaseOfficer(ctx, project.id, project.revision, staffId);
      setMessage({
        text: staffId
          ? `${nameOf(staffId)} is now the case officer.`
          : 'The project has no case officer now.',
        failed: false,
      });
    } catch (error) {
      setMessage({ text: faultMessage(error), failed: true });
    }
  }

  return (
    <section className="panel case-officer-panel" aria-labelledby="case-officer-heading">
      <h2 id="case-officer-heading">Case officer</h2>
      {!editable || !staff ? (
        <p>{current ? nameOf(current) : <span className="muted">No case officer</span>}</p>
      ) : (
        <form className="case-officer-form" onSubmit={(event) => event.preventDefault()}>
          <Field
            label="Choose the case officer"
            hint="The member of the DSH team who looks after this project; saved as you choose"
          >
            <StaffSelect
              staff={staff}
              keep={current}
              placeholder="No case officer"
              value={current ?? ''}
              onChange={(event) => void choose(event.target.value || undefined)}
            />
          </Field>
          {current !== staffMember.id && (
            <button type="button" className="button secondary" onClick={() => void choose(staffMember.id)}>
              Make me case officer
            </button>
          )}
        </form>
      )}
      <p role="status" className={message?.failed ? 'form-failure' : 'muted small status-line'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
