/** Recording the initial discussion: when, who from the DSH team took part, and notes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Controller } from 'react-hook-form';
import { londonToday } from '../../../../../shared/dates';
import {
  DiscussionFormSchema,
  type DiscussionForm as Discussion,
  type Project,
} from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { useWriteContext } from '../../../../app/current-staff';
import { ChoiceFieldset } from '../../../../components/form/ChoiceFieldset';
import { Field } from '../../../../components/form/Field';
import { recordDiscussion } from '../../../../db/repositories/projects';
import { listStaff } from '../../../../db/repositories/staff';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { PartForm } from '../../project/PartForm';
import { useProjectPartForm } from '../../project/use-project-form';
import { DateInput } from '../../../../components/form/DateInput';

interface DiscussionValues {
  heldOn: string;
  staffIds: string[];
  notes: string;
}

const PATHS: ReadonlySet<string> = new Set(['heldOn', 'staffIds', 'notes']);

function toValues(project: Project): DiscussionValues {
  const { discussion } = project;
  return discussion
    ? { heldOn: discussion.heldOn, staffIds: [...discussion.staffIds], notes: discussion.notes ?? '' }
    : { heldOn: londonToday(), staffIds: [], notes: '' };
}

/** The initial discussion form. */
export function DiscussionForm({ project }: { project: Project }) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];
  const part = useProjectPartForm<DiscussionValues, Discussion>({
    project,
    part: (p) => p.discussion ?? null,
    toValues,
    label: 'Initial discussion',
    resolver: schemaResolver<DiscussionValues, Discussion>(DiscussionFormSchema),
    save: (values, revision) => recordDiscussion(ctx, project.id, revision, values),
    fieldPaths: PATHS,
    fields: { discussion: 'Initial discussion' },
  });
  const { submit, failure, stored, savedNote } = part;
  const { register, control, formState } = part.form;
  const { errors, isSubmitting } = formState;
  const recorded = new Set(project.discussion?.staffIds ?? []);
  // Active staff, and anyone already recorded who has since left the team.
  const choices = staff.filter((member) => member.active || recorded.has(member.id));

  return (
    <PartForm
      id="discussion-heading"
      title="Initial discussion"
      intro={project.discussion ? undefined : <p className="muted">Not recorded yet.</p>}
      onSubmit={submit}
      submitting={isSubmitting}
      saveLabel="Save discussion"
      failure={failure}
      stored={stored}
      savedNote={savedNote}
    >
      <div className="form-grid">
        <Field label="Date of the discussion" error={errors.heldOn?.message} required>
          <DateInput {...register('heldOn')} />
        </Field>
      </div>
      <Controller
        control={control}
        name="staffIds"
        render={({ field }) => (
          <ChoiceFieldset
            legend="Staff who took part"
            error={errors.staffIds?.message ?? errors.staffIds?.root?.message}
            required
            className="choice-columns"
          >
            {choices.map((member) => (
              <label key={member.id} className="choice">
                <input
                  type="checkbox"
                  name={field.name}
                  value={member.id}
                  checked={field.value.includes(member.id)}
                  onBlur={field.onBlur}
                  onChange={(event) =>
                    field.onChange(
                      event.target.checked
                        ? [...field.value, member.id]
                        : field.value.filter((id) => id !== member.id),
                    )
                  }
                />
                {member.name}
                {!member.active && <span className="muted small"> (left the team)</span>}
              </label>
            ))}
          </ChoiceFieldset>
        )}
      />
      <Field label="Notes" error={errors.notes?.message}>
        <textarea rows={3} {...register('notes')} />
      </Field>
    </PartForm>
  );
}
