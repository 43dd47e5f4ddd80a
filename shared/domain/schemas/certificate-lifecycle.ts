/**
 * What happens to a certificate of deletion after it is issued: a manager voids a wrong one with a reason
 * (it keeps its exact bytes and stays in the register, marked void, and a replacement names it), and the
 * data controller returns a countersigned copy, recorded against the certificate (its file is evidence).
 */
import { z } from 'zod';
import { CERTIFICATE_NUMBER_PATTERN } from '../references';
import { MAX, instantField, isoDateField, optionalText, requiredText, strictForm } from './fields';

/** A certificate number (`DSH-CERT-2026-0007`). */
export const certificateNumberField = (label = 'Certificate number') =>
  z.string().regex(CERTIFICATE_NUMBER_PATTERN, `${label} must look like DSH-CERT-2026-0007.`);

/** The form a manager fills in to void a certificate. */
export const VoidCertificateFormSchema = strictForm({
  reason: requiredText('Reason for voiding', MAX.reason, 'Say why the certificate is void.'),
});
/** What voiding a certificate asks for. */
export type VoidCertificateForm = z.infer<typeof VoidCertificateFormSchema>;

/** A certificate's voiding, as kept in the register. */
export const CertificateVoidSchema = strictForm({
  reason: requiredText('Reason for voiding', MAX.reason),
  /** The day it was voided (London) and the instant, for the order of events. */
  on: isoDateField('Date voided'),
  at: instantField('Time voided'),
  /** The manager who voided it. */
  by: requiredText('Voided by', MAX.name),
});
/** A certificate's voiding. */
export type CertificateVoid = z.infer<typeof CertificateVoidSchema>;

/** The countersigned copy the data controller returned: when it arrived, who signed it, a note. */
export const CountersignedCopyFormSchema = strictForm({
  receivedOn: isoDateField('Date received'),
  by: requiredText('Countersigned by', MAX.name, 'Say who countersigned the certificate.'),
  note: optionalText('Note', MAX.reason),
});
/** What recording a countersigned copy asks for. */
export type CountersignedCopyForm = z.infer<typeof CountersignedCopyFormSchema>;
