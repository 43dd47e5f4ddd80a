/**
 * Document builders, pure TypeScript: the certificate of deletion PDF and its verification, the project
 * record PDF, and CSV exports. They return bytes; the host decides where to save them.
 */
export { buildCertificatePdf, type CertificatePdfOptions } from './certificate/certificate-pdf';
export {
  verifyCertificatePdf,
  type CertificateRegister,
  type CertificateVerdict,
  type CertificateVerification,
} from './certificate/verify-certificate';
export { CERTIFICATE_RECORD_FILE, CERTIFICATE_RECORD_FORMAT } from './certificate/certificate-record';
export { CERTIFICATE_TITLE, certificateDocument } from './certificate/certificate-document';
export {
  certificatePreviewDocument,
  PREVIEW_MARK,
  PREVIEW_NUMBER,
  type CertificateDraftContent,
} from './certificate/certificate-preview';
export {
  buildCertificatePreviewPdf,
  type CertificatePreviewPdfOptions,
} from './certificate/certificate-preview-pdf';
export { toCsv, FORMULA_START, type CsvColumn, type CsvValue } from './csv/to-csv';
export {
  projectRegisterCsv,
  PROJECT_REGISTER_COLUMNS,
  type ProjectRegisterLookup,
} from './csv/project-register-csv';
export { buildProjectRecordPdf, type ProjectRecordPdfOptions } from './project-record/project-record-pdf';
export type {
  BookingCounts,
  MemberWithReadiness,
  ProjectRecordInput,
  TimelineEntry,
} from './project-record/project-record-input';
export type { FontFiles } from './pdf/pdf-document';
export { fingerprintGroups, type Block, type DocumentSpec } from './pdf/blocks';
export { wrapText, type MeasureText } from './pdf/wrap-text';
export { buildBriefingPdf, type BriefingPdfOptions } from './briefing/briefing-pdf';
export { BRIEFING_TITLE, briefingDocument } from './briefing/briefing-document';
