/** The sections of the certificate form, numbered as the certificate prints them. */
import { formatLongDate, type IsoDate } from '../../../shared/dates';
import { FormSection, ListFields, MethodField, TextField, type FormParts } from './CertificateFields';

/** Every field of the certificate, prefilled; the officer checks and may correct each one. */
export function CertificateFieldSections({
  parts,
  reference,
  today,
}: {
  parts: FormParts;
  reference: string;
  today: IsoDate;
}) {
  return (
    <>
      <FormSection id="cert-project" title="1. Project">
        <dl className="facts">
          <dt>Project reference</dt>
          <dd>{reference}</dd>
          <dt>Certificate number</dt>
          <dd>Given when the certificate is issued</dd>
          <dt>Date of issue</dt>
          <dd>The day it is issued (today: {formatLongDate(today)})</dd>
        </dl>
        <TextField parts={parts} path="projectTitle" label="Project title" />
        <div className="form-grid">
          <TextField parts={parts} path="leadResearcher" label="Lead researcher" />
          <TextField parts={parts} path="dataController" label="Data controller / provider" />
        </div>
      </FormSection>

      <FormSection
        id="cert-agreements"
        title="2. Agreements"
        intro="The information-governance references the data was held under, from the onboarding form."
      >
        <ListFields
          parts={parts}
          name="agreementReferences"
          noun="agreement"
          columns={[
            { key: 'label', label: 'Agreement' },
            { key: 'reference', label: 'Reference' },
          ]}
          blank={{ label: '', reference: '' }}
          empty="No agreement references: the certificate will say none were recorded."
        />
      </FormSection>

      <FormSection id="cert-datasets" title="3. Data destroyed" intro="The datasets of the onboarding form.">
        <ListFields
          parts={parts}
          name="datasets"
          noun="dataset"
          columns={[
            { key: 'name', label: 'Dataset' },
            { key: 'provider', label: 'Provider' },
          ]}
          blank={{ name: '', provider: '' }}
          empty="No datasets listed yet."
        />
      </FormSection>

      <FormSection
        id="cert-storage"
        title="4. Storage locations checked"
        intro="Every place copies of the data were kept, backups and removable media included, from the closure checklist."
      >
        <ListFields
          parts={parts}
          name="storageLocations"
          noun="storage location"
          columns={[
            { key: 'location', label: 'Location' },
            { key: 'kind', label: 'Kind', input: 'storage-kind', narrow: true },
          ]}
          blank={{ location: '', kind: '' }}
          empty="No storage locations listed yet."
        />
      </FormSection>

      <FormSection id="cert-destruction" title="5. Destruction" intro="From the closure checklist.">
        <div className="form-grid">
          <MethodField parts={parts} />
          <TextField parts={parts} path="technique" label="Technique" />
          <TextField parts={parts} path="tool" label="Tool" />
          <TextField parts={parts} path="destroyedOn" label="Date of destruction" type="date" />
        </div>
        <TextField parts={parts} path="verification" label="Verification" multiline />
      </FormSection>

      <FormSection id="cert-people" title="6. Performed and witnessed">
        <div className="form-grid">
          <TextField parts={parts} path="performedBy.name" label="Performed by (name)" />
          <TextField parts={parts} path="performedBy.role" label="Performed by (role)" />
          <TextField parts={parts} path="witnessedBy.name" label="Witnessed by (name)" />
          <TextField parts={parts} path="witnessedBy.role" label="Witnessed by (role)" />
          <TextField
            parts={parts}
            path="attestation.performedBy.organisation"
            label="Performed by (organisation)"
          />
          <TextField
            parts={parts}
            path="attestation.performedBy.contact"
            label="Performed by (contact)"
            optional
          />
          <TextField
            parts={parts}
            path="attestation.witnessedBy.organisation"
            label="Witnessed by (organisation)"
          />
          <TextField
            parts={parts}
            path="attestation.witnessedBy.contact"
            label="Witnessed by (contact)"
            optional
          />
          <TextField
            parts={parts}
            path="dataOwnerAuthorisationRef"
            label="Data owner’s authorisation reference"
          />
        </div>
      </FormSection>

      <FormSection
        id="cert-outputs"
        title="7. Outputs retained"
        intro="The approved extracts, from the closure checklist. None: the certificate says nothing was extracted."
      >
        <ListFields
          parts={parts}
          name="outputsRetained"
          noun="output"
          columns={[
            { key: 'description', label: 'Description' },
            { key: 'approvedBy', label: 'Approved by' },
            { key: 'approvedOn', label: 'Date approved', input: 'date', narrow: true },
          ]}
          blank={{ description: '', approvedBy: '', approvedOn: '' }}
          empty="No outputs retained."
        />
      </FormSection>

      <FormSection id="cert-statement" title="8. Statement">
        <TextField parts={parts} path="statement" label="Statement" multiline />
      </FormSection>
    </>
  );
}
