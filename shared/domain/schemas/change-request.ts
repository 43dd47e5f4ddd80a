/** Changes asked for while a project is active: add a user, or add an application. */
import type { z } from 'zod';
import { MAX, choiceField, idField, isoDateField, optionalText, recordFields, strictForm } from './fields';

/** What a change request asks for. */
export const CHANGE_REQUEST_KINDS = ['add-user', 'add-application'] as const;
/** What a change request asks for. */
export type ChangeRequestKind = (typeof CHANGE_REQUEST_KINDS)[number];
/** Where a change request stands. */
export const CHANGE_REQUEST_STATUSES = ['requested', 'approved', 'rejected', 'done'] as const;
/** Where a change request stands. */
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

const requestFields = {
  kind: choiceField('Change', CHANGE_REQUEST_KINDS, 'Choose what is requested.'),
  personId: idField('Person', 'Choose the person to add.').optional(),
  applicationId: idField('Application', 'Choose the application.').optional(),
  newApplicationName: optionalText('New application name', MAX.name),
  requestedOn: isoDateField('Date requested'),
  note: optionalText('Note', MAX.notes),
};

type RequestValue = {
  kind: ChangeRequestKind;
  personId?: string | undefined;
  applicationId?: string | undefined;
  newApplicationName?: string | undefined;
};

/** An add-user request names a person; an add-application request names one application. */
function checkTarget(value: RequestValue, ctx: z.RefinementCtx): void {
  if (value.kind === 'add-user' && !value.personId) {
    ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Choose the person to add.' });
  }
  if (value.kind === 'add-application' && !value.applicationId === !value.newApplicationName) {
    ctx.addIssue({
      code: 'custom',
      path: ['applicationId'],
      message: 'Choose one application from the catalogue, or name one new application.',
    });
  }
}

/** Recording a new change request. */
export const ChangeRequestFormSchema = strictForm(requestFields).superRefine(checkTarget);
/** What the change request form holds. */
export type ChangeRequestForm = z.infer<typeof ChangeRequestFormSchema>;

/** Deciding a request, or recording that it was done. */
export const ChangeRequestDecisionFormSchema = strictForm({
  status: choiceField('Decision', ['approved', 'rejected', 'done'] as const, 'Choose the decision.'),
  on: isoDateField('Date'),
  note: optionalText('Note', MAX.notes),
});
/** What the change request decision form holds. */
export type ChangeRequestDecisionForm = z.infer<typeof ChangeRequestDecisionFormSchema>;

/** A change asked for during the active stage, with its status and dates. */
export const ChangeRequestSchema = strictForm({
  ...recordFields,
  projectId: idField('Project'),
  ...requestFields,
  status: choiceField('Status', CHANGE_REQUEST_STATUSES),
  decidedOn: isoDateField('Date decided').optional(),
  doneOn: isoDateField('Date done').optional(),
}).superRefine((request, ctx) => {
  checkTarget(request, ctx);
  if (request.status !== 'requested' && !request.decidedOn) {
    ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'Record the date of the decision.' });
  }
  if (request.decidedOn && request.decidedOn < request.requestedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['decidedOn'],
      message: 'A decision cannot come before the request.',
    });
  }
  if (request.status === 'done' && !request.doneOn) {
    ctx.addIssue({ code: 'custom', path: ['doneOn'], message: 'Record the date the change was done.' });
  }
  if (request.doneOn && request.decidedOn && request.doneOn < request.decidedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['doneOn'],
      message: 'A change cannot be done before it was approved.',
    });
  }
});
/** A change asked for during the active stage. */
export type ChangeRequest = z.infer<typeof ChangeRequestSchema>;
