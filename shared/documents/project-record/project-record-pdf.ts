/** The project record as an A4 PDF for offline review: the certificate's layout, same bytes each time. */
import { canonicalJson } from '../../canonical-json';
import { sha256Hex } from '../../hashing';
import { buildPdf, type FontFiles } from '../pdf/pdf-document';
import { PROJECT_RECORD_TITLE, projectRecordDocument } from './project-record-document';
import type { ProjectRecordInput } from './project-record-input';

/** What a project record PDF needs besides the record. */
export interface ProjectRecordPdfOptions {
  /** The organisation printed as the letterhead. */
  organisationName: string;
  /** TrueType bytes of Noto Sans Regular and Bold. */
  fonts: FontFiles;
}

/** The PDF of a project's record, dated the day it is "as of". */
export async function buildProjectRecordPdf(
  record: ProjectRecordInput,
  options: ProjectRecordPdfOptions,
): Promise<Uint8Array> {
  const organisation = options.organisationName.trim();
  const { project } = record;
  return buildPdf(projectRecordDocument(record, organisation), options.fonts, {
    title: `${PROJECT_RECORD_TITLE} ${project.reference}`,
    subject: project.title,
    author: organisation,
    keywords: [project.reference, 'project record'],
    datedOn: record.asOf,
    fileId: sha256Hex(canonicalJson(record)).slice(0, 32),
  });
}
