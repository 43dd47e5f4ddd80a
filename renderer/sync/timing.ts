/**
 * When a workstation in a team syncs (TeamSyncProvider; the bench models the same): a round soon after a
 * change is saved here, and one every second otherwise, so a change saved on one workstation shows on the
 * others within about a second. An idle round is one small `_changes` request: cheap for CouchDB even for a
 * team of ten.
 */

/** How often a workstation in a team syncs when nothing else asks it to. */
export const SYNC_INTERVAL_MS = 1_000;

/** How soon after a change saved here it is sent. */
export const AFTER_CHANGE_MS = 150;
