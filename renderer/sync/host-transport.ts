/**
 * The team server as the sync engine reaches it through the host: the desktop's main process holds the
 * connection (the page never sees the password). A failed answer becomes a thrown `TeamCallError` with its
 * kind, so the engine can tell "offline" from "needs attention".
 */
import type { TeamFailure, TeamFailureKind } from '../../shared/contract/team-payloads';
import type { TeamTransport } from '../db/sync/transport';
import type { Host } from '../host';

/** A team operation that failed: its kind and the officer-facing message. */
export class TeamCallError extends Error {
  override readonly name = 'TeamCallError';

  constructor(
    readonly kind: TeamFailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** The value of a team answer, or its failure thrown. */
export async function unwrapTeam<T>(answer: Promise<{ ok: true; value: T } | TeamFailure>): Promise<T> {
  const settled = await answer;
  if (settled.ok) return settled.value;
  throw new TeamCallError(settled.kind, settled.message);
}

/** The engine's transport over `host`. */
export function hostTransport(host: Host): TeamTransport {
  return {
    bulkDocs: (docs) => unwrapTeam(host.teamPush({ docs })),
    changes: (query) => unwrapTeam(host.teamChanges(query)),
    // No signal crosses the bridge: main stops the wait itself on leaving the team or closing the window.
    waitForChanges: (query) => unwrapTeam(host.teamWaitForChanges(query)),
    getDoc: async (id) => (await unwrapTeam(host.teamGetDoc({ id }))).doc,
    allocate: async (request) => (await unwrapTeam(host.teamAllocate(request))).number,
    // Main moves the bytes between its evidence folder and the server: only names cross the bridge.
    uploadEvidence: (request) => unwrapTeam(host.teamUploadEvidence(request)),
    fetchEvidence: (request) => unwrapTeam(host.teamFetchEvidence(request)),
  };
}
