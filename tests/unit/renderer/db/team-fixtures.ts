/**
 * A workstation in a team, for the team sync tests: a fresh database (db-fixtures) that has joined the team,
 * with a sync engine that reaches the team database through a client signed in as the officer
 * (sync-fixtures), or through the transport given.
 */
import type { TestCouch } from '../../../helpers/couch-server';
import { clientOf, newTeamDatabase, transportOf } from '../../../helpers/sync-fixtures';
import { type TestDb, freshDb } from './db-fixtures';
import { SyncEngine } from '../../../../renderer/db/sync/engine';
import { joinTeam, leaveTeam } from '../../../../renderer/db/sync/queue-all';
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

/** Workstations A and B in one new team database. */
export interface TeamPair {
  team: string;
  a: TeamWorkstation;
  b: TeamWorkstation;
}

/** What a pair's tests need around it. */
export interface TwoWorkstationsOptions {
  /** Runs on A before B joins (e.g. A records and sends what B's first sync pulls). */
  afterA?: (a: TeamWorkstation) => Promise<void>;
  /** Runs after each test before both leave the team (e.g. stopping engines started by the test). */
  beforeLeaving?: (pair: TeamPair) => void | Promise<void>;
  /** How long making the pair may take (30 s: pouchdb-server on a loaded machine). */
  timeout?: number;
}

/**
 * Before each test of the current scope, a new team database on `couch` and workstations A and B in it, given
 * to `use` (which keeps them, e.g. `(pair) => ({ team, a, b } = pair)`); after each, both leave the team.
 */
export function useTwoWorkstations(
  couch: TestCouch,
  use: (pair: TeamPair) => void,
  { afterA, beforeLeaving, timeout = 30_000 }: TwoWorkstationsOptions = {},
): void {
  let pair: TeamPair | undefined;
  beforeEach(async () => {
    const team = await newTeamDatabase(couch);
    const a = await teamWorkstation(couch, team);
    await afterA?.(a);
    pair = { team, a, b: await teamWorkstation(couch, team) };
    use(pair);
  }, timeout);
  afterEach(async () => {
    const made = pair;
    pair = undefined;
    if (!made) return;
    await beforeLeaving?.(made);
    await leaveTeam(made.a.db);
    await leaveTeam(made.b.db);
  });
}
