/**
 * Fixtures for team sync tests: a fresh team database (set up by the real setup code) with one staff account,
 * clients for two "workstations" signed in as that officer, and a valid audit event.
 */
import type { AuditEvent } from '../../shared/domain';
import { hashOfEvent } from '../../shared/audit/chain';
import { basicAuth } from '../../shared/sync/http';
import { type CouchClient, createCouchClient } from '../../shared/sync/couch-client';
import { allocateNumber } from '../../shared/sync/number-counters';
import type { TeamTransport } from '../../renderer/db/sync/transport';
import { setupTeamDatabase } from '../../shared/sync/server-setup';
import type { TestCouch } from './couch-server';
import type { PullBatch } from '../../shared/sync/pull';
import { aPerson, fixtureId, recordBase } from './domain-fixtures';

/** The officer every workstation signs in as. */
export const OFFICER = { name: 'officer-a', password: 'correct horse battery staple' };

/** Node's fetch, as the client's injected fetch. */
export const nodeFetch: Parameters<typeof createCouchClient>[0]['fetch'] = (url, init) => fetch(url, init);

/** Sets up a new team database with the officer's account; answers its name. */
export async function newTeamDatabase(couch: TestCouch): Promise<string> {
  const db = couch.newDatabaseName();
  await setupTeamDatabase({
    url: couch.url,
    db,
    admin: couch.admin,
    users: [{ ...OFFICER, role: 'dsh-staff' }],
    fetch: nodeFetch,
    signal: AbortSignal.timeout(20_000),
  });
  return db;
}

/** A client of the team database signed in as `who` (the officer by default). */
export function clientOf(couch: TestCouch, db: string, who = OFFICER) {
  return createCouchClient({
    url: couch.url,
    db,
    fetch: nodeFetch,
    headers: basicAuth(who.name, who.password),
  });
}

/** A valid audit event of workstation `device`. */
export function anAuditEvent(device: string, seq: number): AuditEvent {
  const event: Omit<AuditEvent, 'hash'> = {
    id: fixtureId(900 + seq),
    seq,
    device,
    at: '2026-11-25T10:00:00.000Z',
    actor: { staffId: fixtureId(201), staffName: 'Officer A', osUser: 'officer' },
    entity: 'project',
    entityId: fixtureId(1),
    action: 'create',
    changes: {},
    prevHash: '0'.repeat(64),
  };
  // Its hash is its content's, so a chain verification of it (from this event on) passes.
  return { ...event, hash: hashOfEvent(event) };
}

/** A 10-second bound for one call to the server. */
export const bounded = () => ({ signal: AbortSignal.timeout(10_000) });

/** Collects what `apply` was given, as a workstation's store would. */
export function collector() {
  const applied: PullBatch[] = [];
  return { applied, apply: async (batch: PullBatch) => void applied.push(batch) };
}

/** Person number `n`: a valid person with its own id and e-mail. */
export const numberedPerson = (n: number) =>
  aPerson({ ...recordBase(fixtureId(600 + n)), name: `Person ${n}`, email: `p${n}@example.ac.uk` });

/** The sync engine's transport over a client, each call bounded to 10 seconds (as the main process does). */
export function transportOf(client: CouchClient): TeamTransport {
  return {
    bulkDocs: (docs) => client.bulkDocs(docs, bounded()),
    changes: (query) => client.changes(query, bounded()),
    // Bounded by the client itself (the wait asked for, and a few seconds); `signal` stops it sooner.
    waitForChanges: (query, signal) => client.waitForChanges(query, signal ? { signal } : {}),
    getDoc: (id) => client.getDoc(id, { conflicts: true }, bounded()),
    allocate: (request) => allocateNumber(client, request, bounded()),
  };
}
