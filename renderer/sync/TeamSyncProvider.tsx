/**
 * Team sync for the whole app: asks the host whether this workstation is in a team, runs the sync engine
 * while it is (soon after each change saved here, as soon as the server has one, and every few seconds), and gives the header, Settings →
 * Team and the Conflicts page one `TeamSync` to read (context.ts).
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TeamConnection, TeamSignIn } from '../../shared/contract/team-payloads';
import { useApp } from '../app/app-context';
import { CurrentStaffContext, useCurrentStaff } from '../app/current-staff';
import { resolveConflict } from '../db/sync/conflicts';
import { SyncEngine } from '../db/sync/engine';
import { joinTeam, leaveTeam } from '../db/sync/queue-all';
import { countProvisionalReferences, numberProvisionalLocally } from '../db/sync/leave-numbers';
import { setTeamNumberSource } from '../db/sync/team-numbers';
import { SYNCED_TABLES } from '../db/sync/synced-tables';
import { TeamSyncContext } from './context';
import { AFTER_CHANGE_MS, SYNC_INTERVAL_MS, WAIT_FOR_CHANGES_MS } from './timing';
import { hostTransport, unwrapTeam } from './host-transport';
import type { ConflictChoices, SyncStatus, TeamSync } from './types';

const SOLO: SyncStatus = { phase: 'solo', pending: 0, conflicts: 0, quarantined: 0 };

/** Provides `useTeamSync()` to `children`. */
export function TeamSyncProvider({ children }: { children: ReactNode }) {
  const { db, host } = useApp();
  const staff = useCurrentStaff();
  const [connection, setConnection] = useState<TeamConnection>({ configured: false });
  const account = connection.configured ? connection.username : undefined;
  // In team mode every event also records the account signed in to the team server.
  const current = useMemo(
    () => (account ? { ...staff, actor: { ...staff.actor, account } } : staff),
    [staff, account],
  );
  const ctx = useMemo(() => ({ db, actor: current.actor }), [db, current]);
  const ctxRef = useRef(ctx);
  useEffect(() => {
    ctxRef.current = ctx;
  }, [ctx]);
  const [status, setStatus] = useState<SyncStatus>(SOLO);
  const engineRef = useRef<SyncEngine | null>(null);

  const startEngine = useCallback(() => {
    engineRef.current?.stop();
    const transport = hostTransport(host);
    const engine = new SyncEngine(db, transport, setStatus, undefined, () => ctxRef.current);
    engineRef.current = engine;
    // Issuing a certificate takes its number from the team server through the same connection.
    setTeamNumberSource(db.name, transport.allocate);
    engine.start(SYNC_INTERVAL_MS, { watchMs: WAIT_FOR_CHANGES_MS });
  }, [db, host]);

  const stopEngine = useCallback(() => {
    engineRef.current?.stop();
    engineRef.current = null;
    setTeamNumberSource(db.name, null);
    setStatus(SOLO);
  }, [db]);

  // At start: in a team already? Then sync.
  useEffect(() => {
    let stopped = false;
    void unwrapTeam(host.teamConnection()).then(
      (found) => {
        if (stopped) return;
        setConnection(found);
        if (found.configured) startEngine();
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      engineRef.current?.stop();
      setTeamNumberSource(db.name, null);
    };
  }, [db, host, startEngine]);

  // Soon after a change to a synced table is committed (here or in another window), send it.
  useEffect(() => {
    if (!connection.configured) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const prefix = `idb://${db.name}/`;
    const onMutated = (parts: ObservabilitySet) => {
      const synced = Object.keys(parts).some(
        (part) => part.startsWith(prefix) && SYNCED_TABLES.has(part.slice(prefix.length).split('/')[0] ?? ''),
      );
      if (!synced) return;
      clearTimeout(timer);
      timer = setTimeout(() => void engineRef.current?.syncNow(), AFTER_CHANGE_MS);
    };
    Dexie.on('storagemutated', onMutated);
    return () => {
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, [db, connection.configured]);

  const conflicts = useLiveQuery(() => db.syncConflicts.orderBy('foundAt').reverse().toArray(), [db]);

  const signIn = useCallback(
    async (input: TeamSignIn) => {
      const signedIn = await unwrapTeam(host.teamSignIn(input));
      await joinTeam(db);
      setConnection(signedIn);
      startEngine();
      return signedIn;
    },
    [db, host, startEngine],
  );

  const leave = useCallback(async () => {
    await host.teamLeave();
    await leaveTeam(db);
    const engine = engineRef.current;
    stopEngine();
    setConnection({ configured: false });
    // No server will confirm a provisional reference now: once the last round is over (it may have been
    // confirming one), each becomes this workstation's next number, written as a solo officer's (no account).
    await engine?.idle();
    const { account: _account, ...actor } = ctxRef.current.actor;
    return numberProvisionalLocally({ db, actor });
  }, [db, host, stopEngine]);

  const provisionalReferences = useLiveQuery(() => countProvisionalReferences({ db }), [db]) ?? 0;

  const value = useMemo<TeamSync>(
    () => ({
      status,
      connection,
      signIn,
      leave,
      syncNow: () => engineRef.current?.syncNow() ?? Promise.resolve(),
      setPaused: (paused) => engineRef.current?.setPaused(paused),
      conflicts: conflicts ?? [],
      provisionalReferences,
      resolveConflict: async (docId: string, choices: ConflictChoices) => {
        await resolveConflict(ctxRef.current, docId, choices);
        await engineRef.current?.refresh();
        void engineRef.current?.syncNow();
      },
    }),
    [status, connection, signIn, leave, conflicts, provisionalReferences],
  );

  return (
    <CurrentStaffContext.Provider value={current}>
      <TeamSyncContext.Provider value={value}>{children}</TeamSyncContext.Provider>
    </CurrentStaffContext.Provider>
  );
}
