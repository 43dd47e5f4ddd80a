/**
 * Team-wide running numbers (SYNC.md, "Numbers"): one counter document per series and year on the team
 * server, `counter:project:2026` holding the last number issued. A number is taken by compare-and-set on the
 * document's `_rev`: read it, write `last + 1` with the revision read; a 409 means another workstation took
 * one first, so read again (a bounded number of times). Two workstations can never take the same number.
 */
import { z } from 'zod';
import type { CallOptions, CouchClient, CouchDocument } from './couch-client';
import { sentence } from '../sentence';
import { SyncError } from './errors';

/** The document type (and `_id` prefix) of a counter; never a record, so a pull skips it. */
export const COUNTER_TYPE = 'counter';

/** The series a team counter numbers. */
export const NUMBER_SERIES = ['project', 'certificate'] as const;
/** A series: project references or certificate numbers. */
export type NumberSeries = (typeof NUMBER_SERIES)[number];

/** What to allocate: the next number of `series` in `year`, above `above` (this workstation's highest). */
export interface AllocateRequest {
  series: NumberSeries;
  year: number;
  /** The highest number this workstation knows of; the result is above it (seeds a new counter). */
  above?: number;
}

/** How many times a number is asked for when other workstations keep taking one first. */
export const ALLOCATE_ATTEMPTS = 10;

const CounterDocSchema = z.looseObject({
  _id: z.string(),
  _rev: z.string(),
  last: z.number().int().min(0),
});

/** The counter's document id: `counter:project:2026`. */
export function counterDocumentId(series: NumberSeries, year: number): string {
  return `${COUNTER_TYPE}:${series}:${year}`;
}

/** Whether a document id is a counter's (a pull skips those: they are not records). */
export function isCounterDocumentId(id: string): boolean {
  return id.startsWith(`${COUNTER_TYPE}:`);
}

/** Takes the next number of the series on the server (compare-and-set); throws `SyncError` when it cannot. */
export async function allocateNumber(
  client: Pick<CouchClient, 'getDoc' | 'bulkDocs'>,
  request: AllocateRequest,
  call: CallOptions & { attempts?: number } = {},
): Promise<number> {
  const id = counterDocumentId(request.series, request.year);
  const signal = call.signal ? { signal: call.signal } : {};
  const attempts = call.attempts ?? ALLOCATE_ATTEMPTS;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const found = await client.getDoc(id, {}, signal);
    const current = found === null ? null : CounterDocSchema.safeParse(found);
    if (current && !current.success)
      throw new SyncError('bad-response', `The team server's counter ${id} is damaged: it holds no number.`);
    const last = current?.data.last ?? 0;
    const next = Math.max(last, request.above ?? 0) + 1;
    const doc: CouchDocument = {
      _id: id,
      ...(current ? { _rev: current.data._rev } : {}),
      type: COUNTER_TYPE,
      series: request.series,
      year: request.year,
      last: next,
    };
    const [result] = await client.bulkDocs([doc], signal);
    if (result?.status === 'ok') return next;
    // Some servers (pouchdb-server) check the rules against the newest revision before the `_rev`: a
    // refusal because the counter moved on meanwhile is a lost race too, not a refusal.
    const lostRace =
      result?.status === 'conflict' ||
      (result?.status === 'forbidden' && (await client.getDoc(id, {}, signal))?._rev !== current?.data._rev);
    if (!lostRace)
      throw new SyncError(
        result?.status === 'forbidden' ? 'forbidden' : 'bad-response',
        sentence(`The team server refused to give the next number (${id}): ${result?.reason ?? 'no answer'}`),
      );
    // Another workstation took one first: wait a moment (random, so racers part ways), then read again.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * (attempt + 1)));
  }
  throw new SyncError(
    'conflict',
    `The team server was busy giving numbers to other workstations (${id}). Try again in a moment.`,
  );
}
