/** Adding a researcher, or editing one's details; an e-mail address already recorded is refused by name. */
import {
  PrintedPersonFormSchema,
  type Person,
  type PersonForm as PersonValues,
} from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import { InlineForm } from '../../components/form/InlineForm';
import { PersonFields, personValues, type PersonValuesText } from '../../components/people/PersonFields';
import { schemaResolver } from '../../components/form/schema-resolver';
import { useRecordForm } from '../../components/form/use-record-form';
import { addPerson, updatePerson } from '../../db/repositories/people';

/** What the officer calls each field of a person (for "Phone number changed by …"). */
export const PERSON_FIELDS = {
  name: 'Full name',
  email: 'E-mail address',
  organisation: 'Organisation',
  department: 'Department',
  phone: 'Phone number',
} as const;

/** The add / edit form, shown in place. */
export function PersonForm({
  person,
  onDone,
}: {
  /** The person to edit, as stored now; absent to add one. */
  person?: Person;
  onDone: (saved?: Person) => void;
}) {
  const ctx = useWriteContext();
  const { register, errors, inlineForm } = useRecordForm<Person, PersonValuesText, PersonValues>({
    record: person,
    entity: 'person',
    toValues: personValues,
    resolver: schemaResolver(PrintedPersonFormSchema),
    save: (values, { expectedRevision }) =>
      person ? updatePerson(ctx, person.id, expectedRevision, values) : addPerson(ctx, values),
    // Saved: the page may move on to the person at once (the hook has released the page's guard).
    onSaved: (saved) => onDone(saved),
    fieldLabels: PERSON_FIELDS,
    errors: { duplicateField: 'email' },
  });
  return (
    <InlineForm
      {...inlineForm}
      title={person ? `Edit the details of ${person.name}` : 'Add a person'}
      description={
        person
          ? undefined
          : 'A researcher the DSH keeps records about. Each e-mail address can be recorded once.'
      }
      submitLabel={person ? 'Save changes' : 'Add person'}
      onCancel={() => onDone()}
      level={person ? 3 : 2}
    >
      <PersonFields field={(name) => register(name)} errorOf={(name) => errors[name]?.message} />
    </InlineForm>
  );
}
