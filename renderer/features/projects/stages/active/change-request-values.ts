/**
 * What the change request form holds and how it is checked: the request with the shared schema, and a new
 * person (recorded with the request) with the person schema. No components and no I/O.
 */
import type { Resolver } from 'react-hook-form';
import { londonToday } from '../../../../../shared/dates';
import {
  ChangeRequestFormSchema,
  PersonFormSchema,
  type ChangeRequestForm,
  type PersonForm,
} from '../../../../../shared/domain';
import { blankAsMissing, errorsFromIssues } from '../../../../components/form/schema-resolver';
import { personValues, type PersonValuesText } from '../../../../components/people/PersonFields';

/** The change request form's fields, as typed. */
export interface ChangeRequestValues {
  kind: 'add-user' | 'add-application' | '';
  who: 'recorded' | 'new';
  personId: string;
  person: PersonValuesText;
  which: 'catalogue' | 'new';
  applicationId: string;
  newApplicationName: string;
  requestedOn: string;
  note: string;
}

/** What a valid form saves: the request, and the new person when there is one. */
export interface ChangeRequestOutput {
  request: ChangeRequestForm;
  person?: PersonForm;
}

function issues(
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  prefix = '',
) {
  return (result.error?.issues ?? []).map((issue) => ({
    path: prefix + issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Stands for a new person's id while the request is checked: they have none until saved. */
const NOT_YET_RECORDED = '00000000-0000-0000-0000-000000000000';

/** Checks the request with the shared schema (and the new person with the person schema). */
export const changeRequestResolver: Resolver<ChangeRequestValues, unknown, ChangeRequestOutput> = (
  values,
) => {
  const newPerson = values.kind === 'add-user' && values.who === 'new';
  const request = blankAsMissing({
    kind: values.kind,
    personId: values.kind !== 'add-user' ? undefined : newPerson ? NOT_YET_RECORDED : values.personId,
    applicationId:
      values.kind === 'add-application' && values.which === 'catalogue' ? values.applicationId : undefined,
    newApplicationName:
      values.kind === 'add-application' && values.which === 'new' ? values.newApplicationName : undefined,
    requestedOn: values.requestedOn,
    note: values.note,
  });
  const checked = ChangeRequestFormSchema.safeParse(request);
  const person = newPerson ? PersonFormSchema.safeParse(blankAsMissing(values.person)) : undefined;
  const found = [...issues(checked), ...(person ? issues(person, 'person.') : [])];
  const fieldOf = (path: string) =>
    path === 'applicationId' && values.which === 'new' ? 'newApplicationName' : path;
  if (!checked.success || person?.success === false) {
    return { values: {}, errors: errorsFromIssues<ChangeRequestValues>(found, fieldOf) };
  }
  return { values: { request: checked.data, ...(person ? { person: person.data } : {}) }, errors: {} };
};

/** A blank request, requested today. */
export function blankChangeRequest(): ChangeRequestValues {
  return {
    kind: '',
    who: 'recorded',
    personId: '',
    person: personValues(),
    which: 'catalogue',
    applicationId: '',
    newApplicationName: '',
    requestedOn: londonToday(),
    note: '',
  };
}
