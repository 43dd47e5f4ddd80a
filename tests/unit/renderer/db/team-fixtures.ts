/**
 * A workstation in a team, for the team sync tests: a fresh database (db-fixtures) that has joined the team,
 * with a sync engine that reaches the team database through a client signed in as the officer
 * (sync-fixtures), or through the transport given.
 */
import type { TestCouch } from '../../../helpers/couch-server';
import { clientOf, transportOf } from '../../../helpers/sync-fixtures';
import { type TestDb, freshDb } from './db-fixtures';
import { SyncEngine } from '../../../../renderer/db/sync/engine';
import { joinTeam } from '../../../../renderer/db/sync/queue-all';
import type { TeamTransport } from '../../../../renderer/db/sync/transport';
import type { WriteContext } from '../../../../renderer/db/write/context';

/** A team workstation: its database and write context, and its sync engine (not started). */
export type TeamWorkstation = TestDb & { engine: SyncEngine };

/** What sets one workstation apart from another. */
export interface TeamWorkstationOptions {
  /** Its wall clock: every write there (and every conflict its engine records) is at this instant. */
  now?: Date;
  /** Who works there; db-fixtures' officer by default. */
  actor?: WriteContext['actor'];
  /** How it reaches the team database; a client of `team` signed in as the officer by default. */
  transport?: TeamTransport;
}

/** A new workstation that has joined `team` on `couch`. */
export async function teamWorkstation(
  couch: TestCouch,
  team: string,
  { now, actor, transport }: TeamWorkstationOptions = {},
): Promise<TeamWorkstation> {
  const test = await freshDb();
  const ctx: WriteContext = {
    ...test.ctx,
    ...(actor && { actor }),
    ...(now && { now: () => new Date(now) }),
  };
  await joinTeam(test.db);
  const engine = new SyncEngine(
    test.db,
    transport ?? transportOf(clientOf(couch, team)),
    undefined,
    undefined,
    () => ctx,
  );
  return { ...test, ctx, engine };
}
