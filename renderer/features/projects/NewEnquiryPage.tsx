/** Recording a new enquiry: the form, then its project page with the reference it was given. */
import { useEffect, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { londonToday } from '../../../shared/dates';
import { EnquiryFormSchema, type EnquiryForm } from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import { PageHeader } from '../../components/PageHeader';
import { UnsavedChangesGuard } from '../../components/form/UnsavedChangesGuard';
import { schemaResolver } from '../../components/form/schema-resolver';
import { createEnquiry } from '../../db/repositories/projects';
import { ENQUIRY_PATHS, EnquiryFields, emptyEnquiry, type EnquiryValues } from './forms/EnquiryFields';
import { saveFailure } from './forms/save-errors';
import '../../components/form/forms.css';
import './projects.css';

/** The new-enquiry page. */
export function NewEnquiryPage() {
  const ctx = useWriteContext();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<EnquiryValues, unknown, EnquiryForm>({
    resolver: schemaResolver<EnquiryValues, EnquiryForm>(EnquiryFormSchema),
    defaultValues: emptyEnquiry(londonToday()),
  });

  // Navigate once the saved form has re-rendered clean, so the unsaved-changes guard lets us go.
  useEffect(() => {
    if (createdId) navigate(`/projects/${createdId}`);
  }, [createdId, navigate]);

  const save = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const project = await createEnquiry(ctx, values);
      reset();
      setCreatedId(project.id);
    } catch (error) {
      const { message } = saveFailure(error, (path, text) => {
        if (!ENQUIRY_PATHS.has(path)) return false;
        setError(path as Path<EnquiryValues>, { message: text });
        return true;
      });
      setFailure(message);
    }
  });

  return (
    <>
      <p className="back-link">
        <Link to="/projects">← Projects</Link>
      </p>
      <PageHeader
        title="New enquiry"
        description="Record a research team’s first contact. It gets its project reference when you save it."
      />
      <form className="panel project-form narrow-form" onSubmit={save} noValidate aria-label="New enquiry">
        <EnquiryFields register={register} errors={errors} />
        {failure && (
          <p role="alert" className="form-failure">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save enquiry'}
          </button>
          <Link to="/projects" className="button secondary">
            Cancel
          </Link>
        </div>
      </form>
      <UnsavedChangesGuard dirty={isDirty && !createdId} />
    </>
  );
}
