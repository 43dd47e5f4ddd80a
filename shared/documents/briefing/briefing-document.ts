/**
 * The Monday briefing as a document: a letterhead, the week and whom it is for, then one numbered list per
 * section (trainings expiring, forms missing, projects ending, closures open, bookings, not ready on the
 * day), each item with how pressing it is. The screen lists the same sections (shared/domain/briefing).
 */
import { formatLongDate } from '../../dates';
import { briefingWeekTitle, type Briefing, type BriefingLine } from '../../domain/briefing';
import type { Severity } from '../../domain/reports';
import type { Block, DocumentSpec } from '../pdf/blocks';

/** The title printed on every briefing. */
export const BRIEFING_TITLE = 'Monday briefing';

const SEVERITY_WORDS: Record<Severity, string> = { overdue: 'Overdue', due: 'Due', upcoming: 'Coming up' };

/** The words under an item: how pressing it is, and whether the team has acknowledged it. */
export function lineDetail(line: Pick<BriefingLine, 'severity' | 'acknowledged'>): string {
  const parts = [line.severity ? SEVERITY_WORDS[line.severity] : '', line.acknowledged ? 'acknowledged' : ''];
  return parts.filter(Boolean).join(' · ');
}

/** The document a briefing prints. */
export function briefingDocument(briefing: Briefing, organisation: string): DocumentSpec {
  const title = briefingWeekTitle(briefing.week);
  const count = briefing.sections
    .filter((section) => section.id !== 'bookings')
    .reduce((sum, section) => sum + section.count, 0);
  const blocks: Block[] = [
    {
      kind: 'letterhead',
      organisation,
      title: BRIEFING_TITLE,
      subtitle: `${title} · for ${briefing.audience}`,
    },
    {
      kind: 'keyFacts',
      facts: [
        {
          label: 'Week',
          value: `${formatLongDate(briefing.week.monday)} to ${formatLongDate(briefing.week.sunday)}`,
        },
        { label: 'For', value: briefing.audience },
        { label: 'Things to act on', value: String(count) },
        { label: 'Made on', value: formatLongDate(briefing.week.madeOn) },
      ],
    },
    ...briefing.sections.flatMap((section): Block[] => [
      { kind: 'heading', text: `${section.title} (${section.count})` },
      {
        kind: 'entries',
        items: section.lines.map((line) => ({ text: line.text, detail: lineDetail(line) })),
        empty: section.empty,
      },
    ]),
  ];
  return { organisation, runningTitle: `${BRIEFING_TITLE} · ${title}`, blocks };
}
