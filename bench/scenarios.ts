/**
 * The screens the benchmark times: each a route, what "rendered" means on it, and its raw-IndexedDB floor.
 * To add a screen, add an entry: the harness navigates to it from a blank page, waits for `until`, and
 * times the floor beside it. A screen whose `until` never holds is reported "not measured" with the reason,
 * so a screen still being built never fails the run.
 *
 * Rendered markers: a screen should mark its root `data-<screen>-state="ready"` once every read is shown.
 * Until it does, `until` here names the screen's content and requires that no "Loading…" text remains.
 */
import type { Condition, DataSetInfo, Step } from './bench-api';

/** A figure's target (DESIGN.md and the benchmark issue), judged at p95 unless `at` says median. */
export interface Target {
  /** At most this many ms (or, for a rate, at least this many per second). */
  limit: number;
  kind: 'at-most' | 'at-least';
  at: 'p95' | 'median';
  text: string;
}

/** Each screen's read must be within 1.5× of its raw-IndexedDB floor (compared at the median). */
export const FLOOR_RATIO_TARGET = 1.5;

const atMost = (ms: number, text = `≤ ${ms} ms`): Target => ({ limit: ms, kind: 'at-most', at: 'p95', text });

/** The blank page between runs: the app's "not found" page, so every measured screen mounts from nothing. */
export const BLANK = { route: '/bench-blank', until: [{ selector: 'main h1', text: '^Page not found$' }] };

const noLoading = (scope = 'main'): Condition => ({ selector: scope, noText: 'Loading' });

/** A floor read and its parameters. */
export interface FloorSpec {
  read: string;
  params?: (info: DataSetInfo) => Record<string, string>;
}

interface Base {
  id: string;
  label: string;
  route: (info: DataSetInfo) => string;
  until: Condition[];
  floor?: FloorSpec;
  target?: Target;
  /** Why this screen cannot be measured in this build, when known before trying. */
  skip?: (info: DataSetInfo) => string | undefined;
}

/** Navigate from the blank page and wait until rendered. */
export interface ScreenScenario extends Base {
  kind: 'screen';
}

/** Type a search one key at a time on a rendered screen. */
export interface SearchScenario extends Base {
  kind: 'search';
  input: string;
  text: (info: DataSetInfo) => string;
  /** What shows once a search's results are on screen. */
  results: Condition[];
  keystrokeTarget: Target;
}

/** Scroll a rendered screen's virtual list to its end. */
export interface ScrollScenario extends Base {
  kind: 'scroll';
}

/** Interact with a rendered screen (e.g. apply a filter) and wait for the result. */
export interface ActScenario extends Base {
  kind: 'act';
  steps: (info: DataSetInfo) => Step[];
  result: Condition[];
}

export type Scenario = ScreenScenario | SearchScenario | ScrollScenario | ActScenario;

const REGISTER_ROWS: Condition[] = [
  { selector: 'tr.register-row a.reference-link' },
  { selector: '.register-count', text: '^[\\d,]+ projects?$' },
  noLoading(),
];

/**
 * The Audit page's count line, the events panel's own status line: the person filter's picker has a live status
 * line of its own (empty) earlier on the page, so a bare `main [role="status"]` would find that one and never hold.
 */
const AUDIT_COUNT: Condition = {
  selector: 'main section[aria-labelledby="events-heading"] > p[role="status"]',
  text: 'events? match',
};

/** Every screen, in the order they are measured. */
export const SCENARIOS: Scenario[] = [
  {
    kind: 'screen',
    id: 'dashboard',
    label: 'Dashboard: navigation → fully rendered',
    route: () => '/dashboard',
    until: [{ selector: '[data-dashboard-state="ready"]' }],
    floor: { read: 'dashboard', params: (info) => ({ today: info.today }) },
    target: atMost(100),
  },
  {
    kind: 'screen',
    id: 'register',
    label: 'Projects register: navigation → first rows',
    route: () => '/projects',
    until: REGISTER_ROWS,
    floor: { read: 'register-first' },
  },
  {
    kind: 'search',
    id: 'register-search',
    label: 'Projects register: search',
    route: () => '/projects',
    until: REGISTER_ROWS,
    input: 'form[role="search"] input[type="search"]',
    text: (info) => info.searchText,
    results: [{ selector: '.register-count', text: 'match$' }, noLoading()],
    floor: { read: 'register-search' },
    keystrokeTarget: atMost(16, '≤ 16 ms at p95'),
    target: atMost(16, '≤ 16 ms at p95'),
  },
  {
    kind: 'scroll',
    id: 'register-scroll',
    label: 'Projects register: scroll to the end',
    route: () => '/projects',
    until: REGISTER_ROWS,
    floor: { read: 'register-end' },
    target: atMost(16, '≤ 16 ms (one frame)'),
  },
  {
    kind: 'screen',
    id: 'project',
    label: 'Project page (busiest project): open → rendered',
    route: (info) => `/projects/${info.projectId}`,
    // The busiest project is Active: rendered once its stage panel (members' access and training) and its
    // timeline are read. (A `data-project-state="ready"` marker on the page would be more exact.)
    until: [
      { selector: 'main h1' },
      { selector: 'main .project-main', text: 'Training of members' },
      { selector: 'main .timeline-panel ol.timeline' },
      noLoading(),
    ],
    floor: { read: 'project', params: (info) => ({ projectId: info.projectId }) },
  },
  {
    kind: 'screen',
    id: 'person',
    label: 'Person page (many trainings): open → rendered',
    route: (info) => `/people/${info.personId}`,
    until: [{ selector: 'main h1' }, { selector: 'main table' }, noLoading()],
    floor: { read: 'person', params: (info) => ({ personId: info.personId }) },
  },
  {
    kind: 'screen',
    id: 'calendar-week',
    label: 'Calendar: week view',
    route: (info) => `/calendar/week/${info.weekStart}`,
    until: [{ selector: 'main h1' }, { selector: 'main table, main [role="grid"]' }, noLoading()],
    floor: { read: 'calendar-week', params: (info) => ({ weekStart: info.weekStart }) },
    target: atMost(50),
  },
  {
    kind: 'screen',
    id: 'calendar-month',
    label: 'Calendar: month view',
    route: (info) => `/calendar/month/${info.today.slice(0, 7)}`,
    until: [{ selector: 'main h1' }, { selector: 'main table, main [role="grid"]' }, noLoading()],
    floor: { read: 'calendar-month', params: (info) => ({ today: info.today }) },
  },
  {
    kind: 'screen',
    id: 'audit',
    label: 'Audit: first page',
    route: () => '/audit',
    until: [{ selector: 'main table.data-table tbody tr' }, AUDIT_COUNT, noLoading()],
    floor: { read: 'audit-first' },
  },
  {
    kind: 'act',
    id: 'audit-filtered',
    label: 'Audit: filtered page (record type = project)',
    route: () => '/audit',
    until: [{ selector: 'main table.data-table tbody tr' }, AUDIT_COUNT],
    steps: () => [
      { label: 'Record type', value: 'project' },
      { click: 'form[aria-label="Filter events"] button[type="submit"]' },
    ],
    result: [
      // The Record column (#, When, Who, Workstation, What, Record, Reason) starts with the record's type.
      { selector: 'main table.data-table tbody tr td:nth-child(6)', text: '^project' },
      AUDIT_COUNT,
      noLoading(),
    ],
    floor: { read: 'audit-filtered', params: () => ({ entity: 'project' }) },
  },
];

/** Cold load, write rate, backup and PDF targets (the figures that are not screens). */
export const TARGETS = {
  coldLoad: atMost(1000, '≤ 1 s'),
  backupExport: atMost(5000, '≤ 5 s'),
  backupImport: atMost(10_000, '≤ 10 s'),
  saveShownElsewhere: atMost(1000, '≤ 1 s at p95'),
  certificatePdf: atMost(50),
};
