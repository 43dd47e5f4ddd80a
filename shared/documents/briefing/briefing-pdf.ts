/** The Monday briefing as an A4 PDF, in the layout of the other DSH documents; the same briefing, the same bytes. */
import { canonicalJson } from '../../canonical-json';
import type { Briefing } from '../../domain/briefing';
import { sha256Hex } from '../../hashing';
import { buildPdf, type FontFiles } from '../pdf/pdf-document';
import { BRIEFING_TITLE, briefingDocument } from './briefing-document';

/** What a briefing PDF needs besides the briefing. */
export interface BriefingPdfOptions {
  organisationName: string;
  fonts: FontFiles;
}

/** The PDF of a briefing, dated the day it was made. */
export async function buildBriefingPdf(briefing: Briefing, options: BriefingPdfOptions): Promise<Uint8Array> {
  const organisation = options.organisationName.trim();
  return buildPdf(briefingDocument(briefing, organisation), options.fonts, {
    title: `${BRIEFING_TITLE} ${briefing.week.monday}`,
    subject: `What is due in the week of ${briefing.week.monday}, for ${briefing.audience}`,
    author: organisation,
    keywords: [BRIEFING_TITLE, briefing.week.monday],
    datedOn: briefing.week.madeOn,
    fileId: sha256Hex(canonicalJson(briefing)).slice(0, 32),
  });
}
