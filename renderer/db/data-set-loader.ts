/**
 * Loads a whole data set (the demo, or the benchmark's scaled demo) into the database through the app's own
 * schemas and audit log: every record is checked against its zod schema and gets one audit event, hash-chained
 * like any other. By default everything is one transaction: a failure leaves the database as it was.
 * Large sets can be written in batches (one transaction each) for speed; the chain stays intact.
 */
import type { Table } from 'dexie';
import { hashOfEvent } from '../../shared/audit/chain';
import { hlcOf, tickHlc } from '../../shared/audit/clock';
import type { DemoDataSet } from '../../shared/demo';
import {
  parseCertificateNumber,
  parseProjectReference,
  type AuditAction,
  type AuditEvent,
  type AuditedEntity,
  type ReferenceParts,
} from '../../shared/domain';
import { chainedEvents, deviceOf, storeChainedEvents } from './audit/append';
import type { DshDatabase } from './database';
import { counterKey, type CounterSeries } from './repositories/counters';
import { ENTITIES, type EntitySpec, type StoredRecord } from './write/entities';
import type { WriteContext } from './write/context';
import { validated, type RecordSchema } from './write/validate';

/** The tables of a data set, in the order they are written, with their name in the audit log. */
const TABLES: ReadonlyArray<[keyof DemoDataSet, AuditedEntity]> = [
  ['settings', 'settings'],
  ['staffMembers', 'staff-member'],
  ['applications', 'application'],
  ['connectionTypes', 'connection-type'],
  ['sessionTemplates', 'session-template'],
  ['blackoutDates', 'blackout-date'],
  ['people', 'person'],
  ['trainingRecords', 'training-record'],
  ['projects', 'project'],
  ['memberships', 'membership'],
  ['setupTasks', 'setup-task'],
  ['changeRequests', 'change-request'],
  ['closureRecords', 'closure-record'],
  ['certificates', 'certificate'],
  ['bookings', 'booking'],
];

/** Why a data set was refused before anything was written. */
export class DataSetRefusedError extends Error {}

/** How a load goes. */
export interface LoadOptions {
  /** The audit action of each record's event. */
  action?: AuditAction;
  reason?: string;
  /** Records per transaction; Infinity (default) writes everything in one. */
  batchSize?: number;
  /** Check every record against its schema (default true). */
  validate?: boolean;
  onProgress?: (written: number, total: number) => void;
}

/** True when the database holds no projects and no people (staff and catalogues may exist). */
export async function holdsNoRecords(db: DshDatabase): Promise<boolean> {
  return (await db.projects.count()) === 0 && (await db.people.count()) === 0;
}

function schemaOf(entity: AuditedEntity): RecordSchema<{ id: string }> {
  const spec = Object.values(ENTITIES).find((candidate) => candidate.entity === entity);
  if (!spec) throw new Error(`No schema is registered for ${entity}.`);
  return spec.schema as RecordSchema<{ id: string }>;
}

/** Loads `data` into an empty database; returns how many records and audit events were written. */
export async function loadDataSet(ctx: WriteContext, data: DemoDataSet, options: LoadOptions = {}) {
  const { db } = ctx;
  const {
    action = 'load-demo',
    reason = 'Demo data loaded from Settings.',
    batchSize = Infinity,
    validate = true,
  } = options;
  if (!(await holdsNoRecords(db))) {
    throw new DataSetRefusedError(
      'The database already holds projects or people, so demo data was not loaded. Demo data can only go into an empty database.',
    );
  }
  const hasSettings = (await db.settings.count()) > 0;
  // Every record is checked, and stored as its schema gives it, before anything is written.
  const work: WorkItem[] = TABLES.flatMap(([key, entity]) => {
    if (key === 'settings' && hasSettings) return [];
    const schema = validate ? schemaOf(entity) : undefined;
    return ([] as { id: string }[])
      .concat(data[key])
      .map((row) => ({ key, entity, row: schema ? validated(schema, row) : row }));
  });

  await refuseClashes(db, work);
  const tables = [...new Set(work.map((item) => item.key))].map(
    (key) => (db as unknown as Record<string, Table>)[key]!,
  );
  let written = 0;
  for (let start = 0; start < work.length; start += batchSize) {
    const batch = work.slice(start, start + batchSize);
    await writeBatch(db, ctx, tables, batch, action, reason);
    written += batch.length;
    options.onProgress?.(written, work.length);
  }
  await raiseCounters(db, data);
  return { records: work.length, events: work.length };
}

/**
 * Counters keep the last number ever issued in a year. One left by an enquiry deleted before the load would
 * be behind the references the data set brings, and the next enquiry would be given one of them: raise each
 * counter to the highest reference and certificate number the data set uses.
 */
async function raiseCounters(db: DshDatabase, data: DemoDataSet): Promise<void> {
  const highest = new Map<string, number>();
  const note = (series: CounterSeries, parts: ReferenceParts | undefined) => {
    if (!parts) return;
    const key = counterKey(series, parts.year);
    highest.set(key, Math.max(highest.get(key) ?? 0, parts.number));
  };
  for (const project of data.projects) note('project', parseProjectReference(project.reference));
  for (const certificate of data.certificates)
    note('certificate', parseCertificateNumber(certificate.number));
  await db.transaction('rw', db.counters, async () => {
    for (const [key, last] of highest) {
      const stored = await db.counters.get(key);
      if (!stored || stored.last < last) await db.counters.put({ key, last });
    }
  });
}

/** The message when the data set clashes with what the database holds. */
const CLASH =
  'A record in the data set has the same id, e-mail address, reference or number as one already in the database. Nothing was loaded.';

/**
 * Refuses the data set when a record repeats a value the database already holds that must be unique (no
 * index refuses it since schema version 4): one query per kind of record, before anything is written.
 */
async function refuseClashes(db: DshDatabase, work: readonly WorkItem[]): Promise<void> {
  for (const spec of Object.values(ENTITIES) as EntitySpec<StoredRecord>[]) {
    if (!spec.uniqueBy) continue;
    const rows = work.filter((item) => item.entity === spec.entity);
    const values = rows.map((item) => spec.uniqueBy!(item.row as StoredRecord));
    const [index] = values[0] ?? [];
    if (index === undefined) continue;
    const found = await spec
      .table(db)
      .where(index)
      .anyOf(values.map(([, value]) => value))
      .count();
    if (found > 0) throw new DataSetRefusedError(CLASH);
  }
}

type WorkItem = { key: keyof DemoDataSet; entity: AuditedEntity; row: { id: string } };

/** One transaction: the batch's records and their chained audit events; a unique clash is said plainly. */
async function writeBatch(
  db: DshDatabase,
  ctx: WriteContext,
  tables: Table[],
  batch: WorkItem[],
  action: AuditAction,
  reason: string,
) {
  try {
    await db.transaction('rw', [...tables, db.auditEvents, db.meta], async () => {
      // The batch chains from the anchored head, like any write; an anomaly found there is recorded first.
      const device = await deviceOf(db);
      const first = await chainedEvents(db, ctx, [
        { entity: batch[0]!.entity, entityId: batch[0]!.row.id, action, changes: {}, reason },
      ]);
      let head = first.at(-1)!;
      // An event's time never goes back (audit queries map a time window to a range of seq).
      const at = head.at;
      const events: AuditEvent[] = [...first];
      for (const item of batch.slice(1)) {
        const content = {
          id: crypto.randomUUID(),
          seq: head.seq + 1,
          ...(device ? { device } : {}),
          at,
          // Each later than the one before it (shared/audit/clock.ts), as a write of one event at a time.
          hlc: tickHlc(hlcOf(head), Date.parse(at)),
          actor: { ...ctx.actor },
          entity: item.entity,
          entityId: item.row.id,
          action,
          changes: {},
          reason,
          prevHash: head.hash,
        };
        const event = { ...content, hash: hashOfEvent(content) } as AuditEvent;
        events.push(event);
        head = event;
      }
      for (const key of new Set(batch.map((item) => item.key))) {
        const rows = batch.filter((item) => item.key === key).map((item) => item.row);
        await (db as unknown as Record<string, Table>)[key]!.bulkAdd(rows);
      }
      await storeChainedEvents(db, events);
    });
  } catch (error) {
    const name = (error as { name?: string; failures?: { name?: string }[] }).name;
    const failures = (error as { failures?: { name?: string }[] }).failures ?? [];
    if (name === 'ConstraintError' || failures.some((failure) => failure?.name === 'ConstraintError')) {
      throw new DataSetRefusedError(CLASH);
    }
    throw error;
  }
}
