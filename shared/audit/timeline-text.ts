/**
 * A project's audit events as the sentences of its timeline ("Moved from Enquiry to Onboarding.", "Added
 * Dr A Smith as analyst."), marking the moves and overrides so the timeline can make them stand out.
 * Events it has no sentence for read as the audit log describes them.
 */
import { changedParts, describeAuditEvent, entityName } from './describe';
import {
  SETUP_TASK_KINDS,
  SUITABILITY_OUTCOMES,
  setupTaskLabel,
  stageLabel,
  STAGES,
  suitabilityLabel,
  type AuditEvent,
  type MembershipRole,
  type SetupTaskKind,
  type Stage,
} from '../domain';

/** How an event stands out on the timeline. */
export type TimelineKind = 'move' | 'override' | 'ended' | 'change';

/** One line of the timeline. */
export interface TimelineEntry {
  text: string;
  kind: TimelineKind;
  reason?: string;
  /** For an override: the requirements that were not met. */
  overridden?: string[];
}

/** Names the sentences need. */
export interface TimelineNames {
  /** The name of the person of a membership (by membership id). */
  memberName: (membershipId: string) => string;
}

const ROLE_WORDS: Record<MembershipRole, string> = {
  lead: 'lead researcher',
  analyst: 'analyst',
  other: 'member',
};

/** The project's parts as the timeline names them ("working title"). */
export const PROJECT_FIELDS: Record<string, string> = {
  title: 'working title',
  enquiry: 'enquiry details',
  discussion: 'initial discussion',
  suitability: 'suitability outcome',
  onboarding: 'onboarding form',
  closureStart: 'closure start',
  caseOfficerId: 'case officer',
};

function isSetupTaskKind(value: string): value is SetupTaskKind {
  return SETUP_TASK_KINDS.some((kind) => kind === value);
}

function isStage(value: unknown): value is Stage {
  return STAGES.some((stage) => stage === value);
}

function stageWord(value: unknown): string {
  return isStage(value) ? stageLabel(value) : 'another stage';
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function projectUpdate(event: AuditEvent): string {
  const changed = Object.entries(event.changes).filter(([field]) => PROJECT_FIELDS[field]);
  if (changed.length === 0) return describeAuditEvent(event);
  const recorded = changed
    .filter(([, change]) => change.before === undefined)
    .map(([f]) => PROJECT_FIELDS[f]!);
  // Which parts of a form changed ("the onboarding form (data controller, datasets)"), not only that it did.
  const updated = changed
    .filter(([, change]) => change.before !== undefined)
    .map(([f, change]) => {
      // The suitability outcome is said in full below.
      const parts = f === 'suitability' ? [] : changedParts(change);
      return parts.length > 0 ? `${PROJECT_FIELDS[f]!} (${parts.join(', ')})` : PROJECT_FIELDS[f]!;
    });
  const parts = [
    recorded.length > 0 ? `Recorded the ${listWords(recorded)}` : '',
    updated.length > 0 ? `${recorded.length > 0 ? 'updated' : 'Updated'} the ${listWords(updated)}` : '',
  ].filter(Boolean);
  const outcome = (event.changes.suitability?.after as { outcome?: unknown } | undefined)?.outcome;
  const known = SUITABILITY_OUTCOMES.find((candidate) => candidate === outcome);
  return `${parts.join('; ')}${known ? ` (outcome: ${suitabilityLabel(known)})` : ''}.`;
}

function projectEntry(event: AuditEvent): TimelineEntry {
  const from = stageWord(event.changes.stage?.before);
  const to = stageWord(event.changes.stage?.after);
  const reason = event.reason;
  const withReason = (entry: TimelineEntry): TimelineEntry => (reason ? { ...entry, reason } : entry);
  switch (event.action) {
    case 'create':
      return { text: 'Recorded the enquiry.', kind: 'change' };
    case 'load-demo':
      return { text: 'Loaded as demo data.', kind: 'change' };
    case 'confirm-reference':
      return {
        text: `The team server confirmed the reference: ${String(event.changes.reference?.before)} is now ${String(event.changes.reference?.after)}.`,
        kind: 'change',
      };
    case 'number-locally':
      return {
        text: `Left the team before the team server confirmed the reference: ${String(event.changes.reference?.before)} is now ${String(event.changes.reference?.after)}, numbered on this workstation.`,
        kind: 'change',
      };
    case 'assign':
      return {
        text: `Gave the reminder “${String(event.changes.reminder?.after)}” to ${String(event.changes.assignedTo?.after)} (it was ${String(event.changes.assignedTo?.before)}’s).`,
        kind: 'change',
      };
    case 'update':
      return { text: projectUpdate(event), kind: 'change' };
    case 'advance':
      return { text: `Moved from ${from} to ${to}.`, kind: 'move' };
    case 'override': {
      const unmet = event.changes.overriddenRequirements?.after;
      return withReason({
        text: `Overrode the ${from} gate and moved to ${to}.`,
        kind: 'override',
        ...(Array.isArray(unmet) ? { overridden: unmet.map(String) } : {}),
      });
    }
    case 'move-back':
      return withReason({ text: `Moved back from ${from} to ${to}.`, kind: 'move' });
    case 'withdraw':
      return withReason({ text: 'Withdrew the project.', kind: 'ended' });
    case 'decline':
      return withReason({ text: 'Declined the enquiry.', kind: 'ended' });
    case 'close':
      return withReason({ text: 'Closed the project.', kind: 'ended' });
    default:
      return withReason({ text: describeAuditEvent(event), kind: 'change' });
  }
}

function membershipEntry(event: AuditEvent, names: TimelineNames): TimelineEntry {
  const who = names.memberName(event.entityId);
  const role = event.changes.role?.after as MembershipRole | undefined;
  const roleWords = role ? ROLE_WORDS[role] : 'member';
  const text: Record<string, string> = {
    create: `Added ${who} as ${roleWords}.`,
    'load-demo': `Added ${who} as ${roleWords} (demo data).`,
    delete: `Removed ${who} from the project.`,
    'record-access-form': `Recorded that ${who} signed the user access form.`,
    'grant-access': `Granted ${who} access.`,
    'revoke-access': `Revoked ${who}’s access.`,
  };
  const update =
    role && Object.keys(event.changes).length === 1
      ? `Changed ${who}’s role to ${roleWords}.`
      : `Updated ${who}’s access record.`;
  return {
    text: text[event.action] ?? (event.action === 'update' ? update : describeAuditEvent(event)),
    kind: 'change',
    ...(event.reason ? { reason: event.reason } : {}),
  };
}

/** The timeline line of an event of the project or of one of its records. */
export function timelineEntry(event: AuditEvent, names: TimelineNames): TimelineEntry {
  const entry = entryOf(event, names);
  // Every demo record carries the same reason ("Demo data loaded…"): it says nothing on a timeline.
  if (event.action !== 'load-demo' || entry.reason === undefined) return entry;
  const { reason: _reason, ...rest } = entry;
  return rest;
}

function entryOf(event: AuditEvent, names: TimelineNames): TimelineEntry {
  if (event.entity === 'project') return projectEntry(event);
  if (event.entity === 'membership') return membershipEntry(event, names);
  const kind = event.changes.kind?.after;
  if (event.entity === 'setup-task' && typeof kind === 'string' && isSetupTaskKind(kind)) {
    if (event.action === 'create' || event.action === 'load-demo') {
      return { text: `Marked ‘${setupTaskLabel(kind)}’ done.`, kind: 'change' };
    }
  }
  return {
    text: describeAuditEvent(event),
    kind: 'change',
    ...(event.reason ? { reason: event.reason } : {}),
  };
}

/** A line of the timeline with the event it stands for: its seq (as key), time and staff member. */
export interface TimelineLine extends TimelineEntry {
  key: number;
  at: string;
  staffName: string;
}

function demoLoadText(run: readonly AuditEvent[], names: TimelineNames): string {
  const parts: string[] = [];
  if (run.some((event) => event.entity === 'project')) parts.push('the project');
  const members = run
    .filter((event) => event.entity === 'membership')
    .map((e) => names.memberName(e.entityId));
  if (members.length > 0) {
    parts.push(`${members.length} member${members.length === 1 ? '' : 's'} (${listWords(members)})`);
  }
  const others = new Map<string, number>();
  for (const event of run) {
    if (event.entity === 'project' || event.entity === 'membership') continue;
    const name = entityName(event.entity);
    others.set(name, (others.get(name) ?? 0) + 1);
  }
  for (const [name, count] of others) parts.push(`${count} ${name}${count === 1 ? '' : 's'}`);
  return `Loaded as demo data: ${listWords(parts)}.`;
}

/**
 * The timeline's lines for events given newest first. A run of demo-data events (one load writes the
 * project and its records together) reads as one line.
 */
export function timelineLines(events: readonly AuditEvent[], names: TimelineNames): TimelineLine[] {
  const lines: TimelineLine[] = [];
  for (let i = 0; i < events.length;) {
    const event = events[i]!;
    const line = { key: event.seq, at: event.at, staffName: event.actor.staffName };
    if (event.action === 'load-demo') {
      let end = i;
      while (end < events.length && events[end]!.action === 'load-demo') end += 1;
      lines.push({ ...line, kind: 'change', text: demoLoadText(events.slice(i, end), names) });
      i = end;
    } else {
      lines.push({ ...line, ...timelineEntry(event, names) });
      i += 1;
    }
  }
  return lines;
}
