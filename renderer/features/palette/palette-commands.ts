/**
 * What the command palette offers besides records: every page to jump to and the common actions, each with
 * the words it is found by. Pages come from the sidebar's sections, so a new section is found at once.
 */
import { SECTIONS } from '../../app/sections';
import { matchesEveryWord, searchWords } from '../../../shared/domain';

/** What choosing an entry does: go to a page, or run an action in place (backing up). */
export type PaletteRun = { type: 'go'; to: string } | { type: 'back-up' };

/** One entry of the palette's list. */
export interface PaletteEntry {
  id: string;
  /** What the list shows and a screen reader reads. */
  label: string;
  /** "Page", "Action", "Project", "Person": the kind, shown beside the label. */
  kind: 'Page' | 'Action' | 'Project' | 'Person';
  /** A second line: a summary, a project's title, a person's organisation. */
  detail?: string;
  run: PaletteRun;
}

interface Command extends PaletteEntry {
  /** Further words it is found by ("book", "session" for New booking). */
  keywords?: string;
}

const PAGES: readonly Command[] = [
  ...SECTIONS.map((section): Command => ({
    id: `page:${section.path}`,
    label: section.label,
    kind: 'Page',
    detail: section.summary,
    run: { type: 'go', to: section.path },
  })),
  {
    id: 'page:reminders',
    label: 'Reminders',
    kind: 'Page',
    detail: 'Every deadline, to acknowledge or answer.',
    run: { type: 'go', to: '/dashboard/reminders' },
  },
  {
    id: 'page:briefing',
    label: 'Monday briefing',
    kind: 'Page',
    detail: 'What is due this week, to print or save as PDF.',
    keywords: 'week plan print',
    run: { type: 'go', to: '/dashboard/briefing' },
  },
  {
    id: 'page:backups',
    label: 'Backups',
    kind: 'Page',
    detail: 'Back up, export and restore.',
    run: { type: 'go', to: '/settings/backups' },
  },
  {
    id: 'page:import',
    label: 'Import from a spreadsheet',
    kind: 'Page',
    detail: 'People, training records and projects from CSV or Excel.',
    run: { type: 'go', to: '/settings/import' },
  },
  {
    id: 'page:booking-settings',
    label: 'Booking settings',
    kind: 'Page',
    detail: 'Sessions, blackout dates and limits.',
    keywords: 'sessions blackout',
    run: { type: 'go', to: '/calendar/settings' },
  },
  {
    id: 'page:help',
    label: 'Help and keyboard shortcuts',
    kind: 'Page',
    keywords: 'keys',
    run: { type: 'go', to: '/help' },
  },
];

const ACTIONS: readonly Command[] = [
  {
    id: 'action:new-enquiry',
    label: 'New enquiry',
    kind: 'Action',
    detail: 'Record a new project enquiry.',
    keywords: 'project create add',
    run: { type: 'go', to: '/projects/new' },
  },
  {
    id: 'action:new-booking',
    label: 'New booking',
    kind: 'Action',
    detail: 'Find a free session of the core connection and book it.',
    keywords: 'book session calendar',
    run: { type: 'go', to: '/calendar/find' },
  },
  {
    id: 'action:back-up',
    label: 'Back up now',
    kind: 'Action',
    detail: 'Make a backup of every record now.',
    keywords: 'backup save',
    run: { type: 'back-up' },
  },
  {
    id: 'action:verify-audit',
    label: 'Verify the audit log',
    kind: 'Action',
    detail: 'Open the audit log to check its chain.',
    keywords: 'check',
    run: { type: 'go', to: '/audit' },
  },
  {
    id: 'action:evidence-pack',
    label: 'Export the evidence pack',
    kind: 'Action',
    detail: 'Open Reports to save the audit evidence pack.',
    keywords: 'audit zip',
    run: { type: 'go', to: '/reports' },
  },
];

const COMMANDS: readonly Command[] = [...ACTIONS, ...PAGES];
const WORDS = new Map(COMMANDS.map((c) => [c.id, searchWords(`${c.label} ${c.kind} ${c.keywords ?? ''}`)]));

/** The commands matching what was typed (every word the start of one of theirs); with nothing typed, all. */
export function matchingCommands(typed: string): PaletteEntry[] {
  const chosen = typed.trim() ? COMMANDS.filter((c) => matchesEveryWord(WORDS.get(c.id)!, typed)) : COMMANDS;
  return chosen.map(({ keywords: _keywords, ...entry }) => entry);
}
