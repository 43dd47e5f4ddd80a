/**
 * What the app knows about team sync, as the header, Settings → Team and the Conflicts page read it
 * (`useTeamSync()`, renderer/sync/TeamSyncProvider.tsx). Solo mode (no team server) is the default.
 */
import type { TeamConnection, TeamSignIn } from '../../shared/contract/team-payloads';
import type { SyncedTypeName } from '../../shared/sync/synced-types';
import type { ClockAheadNote } from '../db/audit/clock-ahead';
import type { LocalNumbering } from '../db/sync/leave-numbers';

/** Where sync stands: solo (no server), synced, syncing, offline (will retry), or needs attention. */
export type SyncPhase = 'solo' | 'synced' | 'syncing' | 'offline' | 'attention';

/** The progress of a workstation's first sync (pulling everything the team has). */
export interface FirstSyncProgress {
  /** Records received so far. */
  received: number;
  /** Whether the officer paused it (it resumes from where it stopped). */
  paused: boolean;
}

/** Evidence files on their way: still to send, still to fetch, and refused here (their record says why). */
export interface EvidenceFileCounts {
  sending: number;
  fetching: number;
  refused: number;
}

/** The sync state shown in the header. */
export interface SyncStatus {
  phase: SyncPhase;
  /** Local changes not yet on the server. */
  pending: number;
  /** Since when the server has not answered (UTC ISO instant), while offline. */
  offlineSince?: string;
  /** The last time both directions completed (UTC ISO instant). */
  lastSyncedAt?: string;
  /** What needs attention, in words (wrong password, refused change…), while `attention`. */
  problem?: string;
  /** Records whose fields both sides changed differently: listed on the Conflicts page. */
  conflicts: number;
  /** Documents from the server that failed their checks and were not applied. */
  quarantined: number;
  /** Workstations whose clock runs too far ahead of this one's (renderer/db/audit/clock-ahead.ts). */
  clocksAhead?: ClockAheadNote[];
  /** Present while the first sync is under way. */
  firstSync?: FirstSyncProgress;
  /** Evidence files still moving or refused (absent: none known yet). */
  files?: EvidenceFileCounts;
  /** Whether the officer paused syncing (`setPaused(true)`), so Settings → Team offers "Resume syncing". */
  paused?: boolean;
}

/** One version of a record in a conflict: the record, who saved it and when. */
export interface ConflictSide {
  record: Record<string, unknown>;
  /** The staff member (or team account) who saved it, as far as known. */
  by: string;
  /** When it was saved (UTC ISO instant). */
  at: string;
}

/** A record both sides changed differently: the Conflicts page's row. */
export interface ConflictRow {
  /** The document id, `<type>:<key>` (the row's key). */
  docId: string;
  type: SyncedTypeName;
  /** The local table and the record's id in it. */
  table: string;
  recordId: string;
  /** What the record is, in words ("Project DSH-2026-014 · Lung imaging", "Person Ada Nowak"). */
  title: string;
  /** The fields both sides changed differently. */
  fields: { field: string; mine: unknown; theirs: unknown }[];
  mine: ConflictSide;
  theirs: ConflictSide;
  /** When this workstation found the conflict (UTC ISO instant). */
  foundAt: string;
}

/** For each conflicting field, which side the officer keeps. */
export type ConflictChoices = Record<string, 'mine' | 'theirs'>;

/** What `useTeamSync()` gives the UI. Every method that talks to the server throws an Error with a message. */
export interface TeamSync {
  status: SyncStatus;
  connection: TeamConnection;
  /** Checks the account with the server, keeps it, and starts syncing (first sync when new). */
  signIn(input: TeamSignIn): Promise<TeamConnection>;
  /**
   * Stops syncing and forgets the server and password; local records stay. Projects still numbered
   * provisionally get this workstation's next references (answered: which became which).
   */
  leave(): Promise<LocalNumbering[]>;
  /** How many projects hold a provisional reference the team server has not confirmed yet. */
  provisionalReferences: number;
  /** Pushes and pulls now (also runs on its own every few seconds while in team mode). */
  syncNow(): Promise<void>;
  /** Pauses or resumes syncing (the first sync resumes from where it stopped). */
  setPaused(paused: boolean): void;
  /** The records in conflict, newest first. */
  conflicts: ConflictRow[];
  /** Saves the officer's choice per field as a new version of the record (audited), and clears the conflict. */
  resolveConflict(docId: string, choices: ConflictChoices): Promise<void>;
}
