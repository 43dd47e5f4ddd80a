/**
 * The HTML preview of the certificate as the form now stands. It alone watches the form, and renders a
 * keystroke behind when busy (a deferred value), so typing in the form never waits for the preview.
 */
import { useDeferredValue, useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { IsoDate } from '../../../shared/dates';
import {
  PREVIEW_MARK,
  certificatePreviewDocument,
} from '../../../shared/documents/certificate/certificate-preview';
import { draftOf, type CertificateFormValues, type ParsedCertificateForm } from './certificate-draft';
import { DocumentPreview } from './DocumentPreview';

/** The preview sheet, or why there is none yet. */
export function LivePreview({
  control,
  organisation,
  today,
}: {
  control: Control<CertificateFormValues, unknown, ParsedCertificateForm>;
  organisation: string;
  today: IsoDate;
}) {
  // Every field has a default, so the watched values are whole.
  const values = useDeferredValue(useWatch({ control }) as CertificateFormValues);
  const spec = useMemo(() => {
    const draft = draftOf(values, today);
    return draft && certificatePreviewDocument(draft, organisation);
  }, [values, today, organisation]);
  return spec ? (
    <DocumentPreview spec={spec} label="Preview of the certificate of deletion" mark={PREVIEW_MARK} />
  ) : (
    <p className="cert-preview-missing" role="note">
      Some fields above are empty or not valid: the preview appears once every field is filled in.
    </p>
  );
}
