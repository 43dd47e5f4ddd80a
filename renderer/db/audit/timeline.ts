/**
 * The team timeline of the Audit page: this workstation's events and every other workstation's it holds, in
 * one order (shared/audit/timeline.ts), a page at a time. Each chain is read through its indexes from where
 * the previous page left it (a cursor of one seq per workstation), never the whole log.
 */
import {
  mergeNewestFirst,
  type ChainPage,
  type TimelineCursor,
  type TimelinePlace,
} from '../../../shared/audit/timeline';
import type { AuditEvent } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { deviceOf } from './append';
import { countPeerEvents, matchesFilter, peerChainPage, peerDevices } from './peer-chains';
import { countAuditEvents, pageAuditEvents, type AuditFilter } from './queries';
import { bothSubjects, eventsAbout, subjectsOfPerson, subjectsOfProject } from './subjects';

/** The Audit page's filter: the log's filters, and events about one project and/or one person. */
export interface TimelineFilter extends AuditFilter {
  projectId?: string;
  personId?: string;
}

/** One event of the timeline, with the workstation it was written on. */
export interface TimelineEntry extends TimelinePlace {
  /** True when written on this workstation. */
  own: boolean;
  event: AuditEvent;
}

/** A page of the timeline, newest first; pass `next` as `cursor` for the older page. */
export interface TimelinePage {
  entries: TimelineEntry[];
  next: TimelineCursor | undefined;
}

function entryOf(event: AuditEvent, device: string, own: boolean): TimelineEntry {
  return { at: event.at, hlc: event.hlc, device, seq: event.seq, own, event };
}

/** Events about the filter's project and/or person, by workstation; undefined when it names neither. */
async function aboutSubjects(
  db: DshDatabase,
  { projectId, personId }: TimelineFilter,
): Promise<Map<string, AuditEvent[]> | undefined> {
  if (projectId === undefined && personId === undefined) return undefined;
  const ofProject = projectId === undefined ? undefined : await subjectsOfProject(db, projectId);
  const ofPerson = personId === undefined ? undefined : await subjectsOfPerson(db, personId);
  const subjects = ofProject && ofPerson ? bothSubjects(ofProject, ofPerson) : (ofProject ?? ofPerson)!;
  return eventsAbout(db, subjects);
}

/** A page of the team timeline matching `filter`, newest first, from `cursor` (the newest when absent). */
export async function pageTeamTimeline(
  db: DshDatabase,
  { filter, cursor = {}, limit }: { filter: TimelineFilter; cursor?: TimelineCursor; limit: number },
): Promise<TimelinePage> {
  const own = (await deviceOf(db)) ?? '';
  const about = await aboutSubjects(db, filter);
  let chains: ChainPage<TimelineEntry>[];
  if (about) {
    chains = [...about].map(([device, events]) => {
      const before = cursor[device];
      const matching = events.filter(
        (event) => (before === undefined || event.seq < before) && matchesFilter(event, filter),
      );
      const entries = matching.slice(0, limit).map((event) => entryOf(event, device, device === own));
      return { device, events: entries, more: matching.length > limit };
    });
  } else {
    const mine = await pageAuditEvents(db, { ...filter, before: cursor[own], limit: limit + 1 });
    const devices = (await peerDevices(db)).filter((device) => device !== own);
    const theirs = await Promise.all(
      devices.map((device) => peerChainPage(db, device, filter, cursor[device], limit)),
    );
    chains = [
      {
        device: own,
        events: mine.events.slice(0, limit).map((event) => entryOf(event, own, true)),
        more: mine.events.length > limit,
      },
      ...theirs.map((page, index) => ({
        device: devices[index]!,
        events: page.events.map((event) => entryOf(event, devices[index]!, false)),
        more: page.more,
      })),
    ];
  }
  const merged = mergeNewestFirst(chains, limit, cursor);
  return { entries: merged.events, next: merged.next };
}

/** How many events of the team timeline match `filter`. */
export async function countTeamTimeline(db: DshDatabase, filter: TimelineFilter): Promise<number> {
  const about = await aboutSubjects(db, filter);
  if (!about) return (await countAuditEvents(db, filter)) + (await countPeerEvents(db, filter));
  let count = 0;
  for (const events of about.values()) count += events.filter((event) => matchesFilter(event, filter)).length;
  return count;
}
