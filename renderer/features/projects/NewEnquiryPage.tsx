/** Recording a new enquiry: the form, then its project page with the reference it was given. */
import { Link, useNavigate } from 'react-router';
import { londonToday } from '../../../shared/dates';
import { PrintedEnquiryFormSchema, type EnquiryForm, type Project } from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import { PageHeader } from '../../components/PageHeader';
import { schemaResolver } from '../../components/form/schema-resolver';
import { UnsavedFormsProvider } from '../../components/form/unsaved-forms';
import { useRecordForm } from '../../components/form/use-record-form';
import { createEnquiry } from '../../db/repositories/projects';
import { ENQUIRY_PATHS, EnquiryFields, emptyEnquiry, type EnquiryValues } from './forms/EnquiryFields';
import '../../components/form/forms.css';
import './projects.css';

/** The new-enquiry page. */
export function NewEnquiryPage() {
  return (
    <UnsavedFormsProvider>
      <NewEnquiry />
    </UnsavedFormsProvider>
  );
}

function NewEnquiry() {
  const ctx = useWriteContext();
  const navigate = useNavigate();
  const { form, submit, failure } = useRecordForm<Project, EnquiryValues, EnquiryForm>({
    record: undefined,
    toValues: () => emptyEnquiry(londonToday()),
    resolver: schemaResolver<EnquiryValues, EnquiryForm>(PrintedEnquiryFormSchema),
    save: (values) => createEnquiry(ctx, values),
    // Saved: the hook has released the page's guard, so the move to the new project is not held back.
    onSaved: (project) => project && navigate(`/projects/${project.id}`),
    label: 'new enquiry',
    errors: { fieldOf: (path) => (ENQUIRY_PATHS.has(path) ? path : undefined) },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <>
      <p className="back-link">
        <Link to="/projects">← Projects</Link>
      </p>
      <PageHeader
        title="New enquiry"
        description="Record a research team’s first contact. It gets its project reference when you save it."
      />
      <form className="panel project-form narrow-form" onSubmit={submit} noValidate aria-label="New enquiry">
        <EnquiryFields register={register} errors={errors} />
        {failure}
        <div className="form-actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save enquiry'}
          </button>
          <Link to="/projects" className="button secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
