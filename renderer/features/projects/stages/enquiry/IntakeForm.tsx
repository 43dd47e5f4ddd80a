/**
 * The enquiry as received: shown as recorded, with "Edit enquiry" to correct the working title, date,
 * contact, description or data sources.
 */
import { useState } from 'react';
import { formatShortDate } from '../../../../../shared/dates';
import { PrintedEnquiryFormSchema, type EnquiryForm, type Project } from '../../../../../shared/domain';
import { useWriteContext } from '../../../../app/current-staff';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { updateEnquiry } from '../../../../db/repositories/projects';
import { ENQUIRY_PATHS, EnquiryFields, type EnquiryValues } from '../../forms/EnquiryFields';
import { Facts, type Fact } from '../../project/Facts';
import { PartForm } from '../../project/PartForm';
import { useProjectPartForm } from '../../project/use-project-form';

function toValues(project: Project): EnquiryValues {
  const { contact, ...enquiry } = project.enquiry;
  return {
    title: project.title,
    receivedOn: enquiry.receivedOn,
    contact: { ...contact, department: contact.department ?? '' },
    description: enquiry.description,
    dataSourcesHinted: enquiry.dataSourcesHinted ?? '',
  };
}

/** The enquiry's facts as the officer reads them. */
export function enquiryFacts(project: Project): Fact[] {
  const { enquiry } = project;
  const { contact } = enquiry;
  return [
    ['Working title', project.title],
    ['Date received', formatShortDate(enquiry.receivedOn)],
    [
      'Contact',
      <>
        {contact.name} (<a href={`mailto:${contact.email}`}>{contact.email}</a>)
      </>,
    ],
    ['Organisation', [contact.organisation, contact.department].filter(Boolean).join(', ')],
    ['Brief description', <span className="pre-line">{enquiry.description}</span>],
    ['Data sources hinted', enquiry.dataSourcesHinted],
  ];
}

/** The enquiry section of the Enquiry stage. */
export function IntakeForm({ project }: { project: Project }) {
  const ctx = useWriteContext();
  const [editing, setEditing] = useState(false);
  const part = useProjectPartForm<EnquiryValues, EnquiryForm>({
    project,
    part: (p) => [p.title, p.enquiry],
    toValues,
    label: 'Enquiry',
    resolver: schemaResolver<EnquiryValues, EnquiryForm>(PrintedEnquiryFormSchema),
    save: (values, revision) => updateEnquiry(ctx, project.id, revision, values),
    fieldPaths: ENQUIRY_PATHS,
    fields: { title: 'Working title', enquiry: 'Enquiry' },
    onSaved: () => setEditing(false),
  });
  const { submit, failure, stored, savedNote } = part;
  const { errors, isSubmitting } = part.form.formState;

  if (!editing) {
    return (
      <section className="panel" aria-labelledby="intake-heading">
        <div className="panel-heading-row">
          <h2 id="intake-heading">Enquiry</h2>
          <button type="button" className="button secondary small" onClick={() => setEditing(true)}>
            Edit enquiry
          </button>
        </div>
        <Facts facts={enquiryFacts(project)} />
      </section>
    );
  }
  return (
    <PartForm
      id="intake-heading"
      title="Edit the enquiry"
      onSubmit={submit}
      submitting={isSubmitting}
      saveLabel="Save enquiry"
      extraActions={
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            part.showLatest();
            setEditing(false);
          }}
        >
          Cancel
        </button>
      }
      failure={failure}
      stored={stored}
      savedNote={savedNote}
    >
      <EnquiryFields register={part.form.register} errors={errors} />
    </PartForm>
  );
}
