/** Anchors for tests: one kept in memory under the desktop app's rules, and the app started again. */
import { nextAnchors, type AuditAnchors } from '../../../../shared/audit/head';
import type { AuditEvent } from '../../../../shared/domain';
import { recordAuditEvent } from '../../../../renderer/db/audit/append';
import { connectAuditAnchor, type AuditAnchorStore } from '../../../../renderer/db/audit/anchors';
import { DshDatabase } from '../../../../renderer/db/database';
import { openDatabase } from '../../../../renderer/db/open-database';
import { ACTOR, NOW, type TestDb } from './db-fixtures';

/** An anchor kept in memory under the same rules as the desktop app's file. */
export function memoryAnchor(): AuditAnchorStore & { value: AuditAnchors | null } {
  const store = {
    value: null as AuditAnchors | null,
    readAuditAnchors: async () => store.value,
    recordAuditAnchor: async (request: Parameters<AuditAnchorStore['recordAuditAnchor']>[0]) => {
      const next = nextAnchors(store.value, request, NOW.toISOString());
      if (!next.ok) throw new Error(next.problem);
      store.value = next.anchors;
      return next.anchors;
    },
  };
  return store;
}

/** `count` export events, one per call, as the app writes them. */
export async function exports(t: TestDb, count: number): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    events.push(await recordAuditEvent(t.ctx, { entity: 'project', entityId: `p-${i}`, action: 'export' }));
  }
  return events;
}

/** The same database opened again, as at the next start of the app (nothing remembered in memory). */
export async function reopened(t: TestDb, anchor?: AuditAnchorStore): Promise<TestDb> {
  t.db.close();
  const db = new DshDatabase(t.name, { indexedDB: t.factory, IDBKeyRange });
  if (anchor) await connectAuditAnchor(db, anchor);
  await openDatabase(db, t.factory);
  return { ...t, db, ctx: { db, actor: ACTOR, now: () => NOW } };
}

/** Waits until the head reports after each commit have reached the anchor. */
export async function settled(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
