/**
 * When a workstation in a team syncs (TeamSyncProvider; the bench models the same): a round soon after a
 * change is saved here; a round as soon as the team server has a change from elsewhere (one request held
 * open between rounds, answered by the server when a change arrives); and a round every few seconds
 * otherwise, which retries what could not be sent and notices a server that stopped answering.
 */

/** How often a workstation in a team syncs when nothing else asks it to. */
export const SYNC_INTERVAL_MS = 5_000;

/** How soon after a change saved here it is sent. */
export const AFTER_CHANGE_MS = 150;

/**
 * How long the server may hold a wait for changes open before answering "nothing new": under CouchDB's
 * 60 s maximum and the idle timeouts of common reverse proxies (nginx: 60 s), so the wait ends normally.
 */
export const WAIT_FOR_CHANGES_MS = 25_000;
