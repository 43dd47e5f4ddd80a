/**
 * Recording a change request of an active project: add a user (a recorded person, or a new one recorded
 * with the request) or add an application (from the catalogue, or one not in it yet). Reads the catalogue
 * and saves; what the officer fills in is `ChangeRequestFields`.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ChangeRequest } from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { useWriteContext } from '../../../../app/current-staff';
import { InlineForm } from '../../../../components/form/InlineForm';
import { useRecordForm } from '../../../../components/form/use-record-form';
import { listApplications } from '../../../../db/repositories/catalogues';
import { recordChangeRequest } from '../../../../db/repositories/change-requests';
import { requestNewUser } from '../../../../db/repositories/change-request-steps';
import { ChangeRequestFields } from './ChangeRequestFields';
import {
  blankChangeRequest,
  changeRequestResolver,
  type ChangeRequestOutput,
  type ChangeRequestValues,
} from './change-request-values';

/** The form, shown in place in the change requests panel. */
export function NewChangeRequestForm({
  projectId,
  memberIds,
  onDone,
}: {
  projectId: string;
  /** People already on the project (they cannot be added again). */
  memberIds: readonly string[];
  onDone: (saved: boolean) => void;
}) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const applications = useLiveQuery(
    async () => (await listApplications(db)).filter((app) => app.active),
    [db],
  );
  const { form, submit, failure } = useRecordForm<ChangeRequest, ChangeRequestValues, ChangeRequestOutput>({
    record: undefined,
    toValues: blankChangeRequest,
    resolver: changeRequestResolver,
    save: async ({ request, person }) => {
      if (!person) return recordChangeRequest(ctx, projectId, request);
      const { kind: _kind, personId: _personId, ...rest } = request;
      await requestNewUser(ctx, projectId, person, rest);
    },
    onSaved: () => onDone(true),
    // A new person's e-mail address already recorded: said beside it (a request for a recorded person has no
    // e-mail field, and no duplicate to name).
    errors: { duplicateField: 'person.email' },
  });
  return (
    <InlineForm
      title="New change request"
      description="Record what the lead researcher asked for. It is then approved or rejected, and marked done."
      onSubmit={submit}
      failure={failure}
      submitLabel="Record request"
      submitting={form.formState.isSubmitting}
      onCancel={() => onDone(false)}
    >
      <ChangeRequestFields form={form} applications={applications} memberIds={memberIds} />
    </InlineForm>
  );
}
