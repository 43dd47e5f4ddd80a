/**
 * The destruction of the data, its data side: the form's values from the closure record (who performed it
 * defaults to the officer signed in) and its save, checked as the certificate prints it. `DestructionView`
 * shows it.
 */
import {
  PrintedDestructionFormSchema,
  type ClosureRecord,
  type Destruction,
} from '../../../../../shared/domain';
import { useCurrentStaff } from '../../../../app/current-staff';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { DestructionView, type DestructionValues } from './DestructionView';
import { useClosurePart } from './use-closure-part';

/** The destruction section. */
export function DestructionSection({
  projectId,
  record,
  readOnly,
}: {
  projectId: string;
  record: ClosureRecord | undefined;
  readOnly: boolean;
}) {
  const { staffMember } = useCurrentStaff();
  const valuesOf = (destruction: Destruction | undefined): DestructionValues => ({
    date: destruction?.date ?? '',
    method: destruction?.method ?? '',
    technique: destruction?.technique ?? '',
    tool: destruction?.tool ?? '',
    verification: destruction?.verification ?? '',
    performedBy: destruction?.performedBy ?? {
      name: staffMember.name,
      role: staffMember.role === 'manager' ? 'DSH manager' : 'DSH officer',
    },
    witnessedBy: destruction?.witnessedBy ?? { name: '', role: '' },
    backupsOverwrittenBy: destruction?.backupsOverwrittenBy ?? '',
  });
  const section = useClosurePart<DestructionValues, Destruction>({
    projectId,
    record,
    fields: { destruction: 'Data destruction' },
    toValues: (checklist) => valuesOf(checklist?.destruction),
    resolver: schemaResolver(PrintedDestructionFormSchema),
    toPart: (destruction) => ({ destruction }),
    errors: {
      fieldOf: (path) => (path.startsWith('destruction.') ? path.slice('destruction.'.length) : undefined),
    },
  });
  return (
    <DestructionView
      destruction={record?.destruction}
      readOnly={readOnly}
      form={section.form}
      onSubmit={section.submit}
      failure={section.failure}
      storedValues={section.stored}
      savedNote={section.savedNote}
    />
  );
}
