/**
 * The countersigned copy the data controller returned: when it arrived and who signed it, or the form to
 * record it. The file itself is attached as evidence of the certificate (its id is the link).
 */
import { useState } from 'react';
import { formatLongDate, londonToday } from '../../../../shared/dates';
import {
  CountersignedCopyFormSchema,
  type Certificate,
  type CountersignedCopyForm,
} from '../../../../shared/domain';
import { useWriteContext } from '../../../app/current-staff';
import { EvidenceFiles } from '../../../components/evidence/EvidenceFiles';
import { DateInput } from '../../../components/form/DateInput';
import { Field } from '../../../components/form/Field';
import { InlineForm } from '../../../components/form/InlineForm';
import { schemaResolver } from '../../../components/form/schema-resolver';
import { useRecordForm } from '../../../components/form/use-record-form';
import { recordCountersignedCopy } from '../../../db/repositories/certificate-lifecycle';

type Values = { receivedOn: string; by: string; note: string };

/** The countersigned copy panel of a certificate. */
export function CountersignedCopyPanel({ certificate }: { certificate: Certificate }) {
  const [editing, setEditing] = useState(false);
  const copy = certificate.countersigned;
  return (
    <section className="panel" aria-labelledby="cert-countersigned-heading">
      <div className="panel-heading-row">
        <h2 id="cert-countersigned-heading">Countersigned copy</h2>
        <span className={copy ? 'chip chip-done' : 'chip'}>{copy ? 'Received' : 'Not received'}</span>
      </div>
      {copy ? (
        <p>
          Returned countersigned by {copy.by}, received on {formatLongDate(copy.receivedOn)}.
          {copy.note && <> {copy.note}</>}
        </p>
      ) : (
        <p className="panel-intro">
          When the data controller signs the certificate and sends it back, record it here.
        </p>
      )}
      {editing ? (
        <CountersignedCopyForm certificate={certificate} onDone={() => setEditing(false)} />
      ) : (
        <div className="form-actions">
          <button type="button" className="button secondary" onClick={() => setEditing(true)}>
            {copy ? 'Correct the countersigned copy…' : 'Record the countersigned copy…'}
          </button>
        </div>
      )}
      {/* The file itself: it may arrive long after the project closed, so it can be attached at any time. */}
      <EvidenceFiles
        target={{ entity: 'certificate', entityId: certificate.id }}
        what={`certificate ${certificate.number}`}
      />
    </section>
  );
}

function CountersignedCopyForm({ certificate, onDone }: { certificate: Certificate; onDone: () => void }) {
  const ctx = useWriteContext();
  const { register, errors, inlineForm } = useRecordForm<Certificate, Values, CountersignedCopyForm>({
    record: certificate,
    entity: 'certificate',
    toValues: (current = certificate) => ({
      receivedOn: current.countersigned?.receivedOn ?? londonToday(),
      by: current.countersigned?.by ?? '',
      note: current.countersigned?.note ?? '',
    }),
    part: (current) => current.countersigned ?? null,
    resolver: schemaResolver(CountersignedCopyFormSchema),
    save: (values, { expectedRevision }) =>
      recordCountersignedCopy(ctx, certificate.id, expectedRevision, values),
    onSaved: onDone,
    fieldLabels: { countersigned: 'Countersigned copy' },
  });
  return (
    <InlineForm
      {...inlineForm}
      title={`The countersigned copy of ${certificate.number}`}
      description="Attach the file itself as evidence of this certificate."
      submitLabel="Record the countersigned copy"
      onCancel={onDone}
    >
      <div className="form-grid">
        <Field label="Date received" error={errors.receivedOn?.message} required>
          <DateInput {...register('receivedOn')} />
        </Field>
        <Field
          label="Countersigned by"
          error={errors.by?.message}
          hint="Name and role, e.g. Dr J Patel, Caldicott Guardian."
          required
        >
          <input type="text" autoComplete="off" {...register('by')} />
        </Field>
        <Field label="Note" error={errors.note?.message} hint="Optional.">
          <input type="text" {...register('note')} />
        </Field>
      </div>
    </InlineForm>
  );
}
