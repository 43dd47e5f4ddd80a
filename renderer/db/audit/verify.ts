/**
 * Checking the audit log end to end: page by page in `seq` order through the hash chain (never the whole
 * log in memory), then against the recorded head row, then against the anchor kept outside the database
 * (the desktop app's data folder or the browser's storage: its latest head and its checkpoints). So a removed
 * tail, head or whole log is caught as well as an edited, removed, inserted or reordered event — and a chain
 * rewritten consistently (every later hash recomputed) is caught by any checkpoint it no longer agrees with.
 * Every disagreement found is said in words; the first one is where the log stops being trustworthy. What
 * events had seen of other chains (shared/audit/seen.ts) is compared with the chains held, so a chain's
 * deleted tail is named whoever's it is (this workstation's or another's).
 */
import Dexie from 'dexie';
import { ChainVerifier, GENESIS_HASH } from '../../../shared/audit/chain';
import { SeenReferences } from '../../../shared/audit/seen';
import { formatInstant } from '../../../shared/dates';
import type { AuditedEntity } from '../../../shared/domain';
import {
  applicableCheckpoints,
  recordedDay,
  type AuditAnchors,
  type AuditCheckpoint,
} from '../../../shared/audit/head';
import type { DshDatabase } from '../database';
import { deviceOf, readAuditHead } from './append';
import { verifyPeerChains, type PeerChainsVerdict } from './verify-peers';
import { missingTailFindings } from './verify-seen';

/** The outcome of a check, with a sentence for the officer. */
export type AuditLogVerdict =
  | { intact: true; checked: number; message: string }
  | {
      intact: false;
      checked: number;
      /** The first event of this workstation's log in doubt (absent when only another's log is broken). */
      brokenAtSeq: number | undefined;
      /** The other workstations' broken logs, each with its first event in doubt. */
      brokenPeers: { device: string; seq: number }[];
      problem: string;
      message: string;
    };

/** The anchor kept outside the database, as read by the host: anchors, none yet (null), or why unreadable. */
export interface OutsideAnchor {
  /** Where it is kept, in words ("this computer's DSH Desk data folder"). */
  where: string;
  anchors: AuditAnchors | null | Error;
}

const COUNT = new Intl.NumberFormat('en-GB');

function plural(count: number): string {
  return `${COUNT.format(count)} event${count === 1 ? '' : 's'}`;
}

/** One disagreement: the first event of this workstation's log it puts in doubt, and what it is. */
type Finding = { seq: number; problem: string };

function verdictOf(checked: number, findings: Finding[], peers: PeerChainsVerdict): AuditLogVerdict {
  if (findings.length === 0 && peers.findings.length === 0) {
    const others = peers.checked > 0 ? `, and ${peers.summary}` : '';
    return {
      intact: true,
      checked,
      message: `The audit log is intact: ${plural(checked)} checked${others}.`,
    };
  }
  const brokenAtSeq = findings.length > 0 ? Math.min(...findings.map((finding) => finding.seq)) : undefined;
  const problem = [...findings.map((finding) => finding.problem), ...peers.findings].join('; ');
  let intactBefore = '';
  if (brokenAtSeq === undefined)
    intactBefore = ` This workstation’s own ${plural(checked)} ${checked === 1 ? 'is' : 'are'} intact.`;
  else if (brokenAtSeq > 1) intactBefore = ` Events 1 to ${brokenAtSeq - 1} are intact.`;
  const message = `The audit log has been tampered with: ${problem}.${intactBefore}`;
  return { intact: false, checked, brokenAtSeq, brokenPeers: peers.broken, problem, message };
}

const REASON_WORDS: Record<AuditCheckpoint['reason'], string> = {
  write: 'after a save',
  start: 'at start',
  backup: 'with a backup',
  'evidence-pack': 'with an evidence pack',
  restore: 'after a restore',
};

/** Tables whose every record is created with an audit event, and how many of each to sample. */
const SAMPLED: ReadonlyArray<
  [keyof DshDatabase & ('projects' | 'people' | 'staffMembers' | 'certificates'), AuditedEntity]
> = [
  ['projects', 'project'],
  ['people', 'person'],
  ['staffMembers', 'staff-member'],
  ['certificates', 'certificate'],
];
const SAMPLE_SIZE = 25;

/**
 * How many records the database holds, and how many of a sample of them (the first few of each table) have
 * no history from their creation — no event at all, or a first event that changes a value the record
 * already had: a log wiped and begun again, which no chain check can see.
 */
async function recordsAndOrphans(db: DshDatabase): Promise<{ records: number; orphans: number }> {
  let records = 0;
  let orphans = 0;
  for (const [table, entity] of SAMPLED) {
    records += await db[table].count();
    const ids = (await db[table].limit(SAMPLE_SIZE).primaryKeys()) as string[];
    for (const id of ids) {
      // Its creation is in this workstation's log, or (made on another workstation) in that one's.
      const firsts = [
        await db.auditEvents
          .where('[entity+entityId+seq]')
          .between([entity, id, Dexie.minKey], [entity, id, Dexie.maxKey])
          .first(),
        await db.peerAuditEvents
          .where('[entity+entityId+at]')
          .between([entity, id, Dexie.minKey], [entity, id, Dexie.maxKey])
          .first(),
      ];
      const created = firsts.some(
        (first) => first && Object.values(first.changes).every((change) => change.before === undefined),
      );
      if (!created) orphans += 1;
    }
  }
  return { records, orphans };
}

/** The anomalies appending found and recorded (see append.ts): each stays a finding for ever. */
async function recordedAnomalies(db: DshDatabase): Promise<Finding[]> {
  const events = await db.auditEvents
    .where('[action+seq]')
    .between(['log-anomaly', Dexie.minKey], ['log-anomaly', Dexie.maxKey])
    .limit(20)
    .toArray();
  return events.map((event) => ({
    seq: event.seq,
    problem: `on ${formatInstant(event.at)} DSH Desk found that ${lowerFirst(event.reason ?? 'the log was damaged').replace(/\.$/, '')}`,
  }));
}

function lowerFirst(text: string): string {
  return `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}`;
}

/** Verifies the whole audit log, `pageSize` events at a time; names every disagreement in plain words. */
export async function verifyAuditLog(
  db: DshDatabase,
  { pageSize = 1000, outside }: { pageSize?: number; outside?: OutsideAnchor } = {},
): Promise<AuditLogVerdict> {
  // The head and the last event are read together, so events written while we check are not counted.
  const { own, head, lastSeq, census, anomalies } = await db.transaction('r', db.tables, async () => ({
    own: (await deviceOf(db)) ?? '',
    head: await readAuditHead(db),
    lastSeq: (await db.auditEvents.orderBy('seq').lastKey()) as number | undefined,
    census: await recordsAndOrphans(db),
    anomalies: await recordedAnomalies(db),
  }));
  const anchors = outside && !(outside.anchors instanceof Error) ? outside.anchors : null;
  const checkpoints = anchors ? applicableCheckpoints(anchors) : [];
  const wanted = new Set(checkpoints.map((checkpoint) => checkpoint.head.seq));
  const hashes = new Map<number, string>();

  const verifier = new ChainVerifier();
  const references = new SeenReferences();
  let after = 0;
  while (lastSeq !== undefined && after < lastSeq) {
    const page = await db.auditEvents
      .where('seq')
      .between(after, lastSeq, false, true)
      .limit(pageSize)
      .toArray();
    for (const event of page) if (wanted.has(event.seq)) hashes.set(event.seq, event.hash);
    const intact = page.length > 0 && verifier.feed(page);
    // Only what trusted events had seen counts (past a break in the chain nothing is trusted).
    const verdict = verifier.verdict();
    const trustedBelow = verdict.intact ? Number.POSITIVE_INFINITY : verdict.brokenAtSeq;
    for (const event of page) if (event.seq < trustedBelow) references.note(own, event);
    if (!intact) break;
    after = page[page.length - 1]!.seq;
  }
  const chain = verifier.verdict();
  const findings: Finding[] = [];
  if (!chain.intact) findings.push({ seq: chain.brokenAtSeq, problem: chain.problem });

  const lastFound = lastSeq ?? 0;
  if (head === 'damaged') {
    findings.push({ seq: lastFound, problem: 'the record of where the log ends is damaged' });
  } else if (!head && lastFound > 0) {
    findings.push({ seq: lastFound, problem: 'the record of where the log ends is missing' });
  } else if (chain.intact) {
    const end = head ?? { seq: 0, hash: GENESIS_HASH };
    if (lastFound < end.seq) {
      const missing =
        end.seq - lastFound === 1
          ? `the last event (event ${end.seq}) is missing`
          : `the last ${plural(end.seq - lastFound)} (events ${lastFound + 1} to ${end.seq}) are missing`;
      findings.push({ seq: lastFound + 1, problem: missing });
    } else if (lastFound > end.seq || chain.lastHash !== end.hash) {
      findings.push({
        seq: Math.min(lastFound, end.seq + 1),
        problem: `the log does not end where it was last written (event ${end.seq})`,
      });
    }
  }
  if (lastFound === 0 && census.records > 0) {
    findings.push({
      seq: 1,
      problem: `the database holds ${COUNT.format(census.records)} records but its audit log is empty`,
    });
  } else if (census.orphans > 0) {
    findings.push({
      seq: 1,
      problem:
        census.orphans === 1
          ? 'a record has no history of its creation in the audit log'
          : `${census.orphans} records have no history of their creation in the audit log`,
    });
  }
  findings.push(...anomalies);
  if (outside) {
    // Past a break in the chain nothing was read, so only the checkpoints before it can be compared.
    const readUpTo = chain.intact ? lastFound : chain.brokenAtSeq - 1;
    const comparable = checkpoints.filter(
      (checkpoint) => checkpoint.head.seq <= readUpTo || readUpTo === lastFound,
    );
    findings.push(...outsideFindings(outside, comparable, hashes, lastFound));
  }
  const peers = await verifyPeerChains(db, pageSize, references);
  findings.push(...missingTailFindings(references, own, lastFound, peers).own);
  return verdictOf(chain.checked, dedupe(findings), peers);
}

/** What the anchor outside the database disagrees with. */
function outsideFindings(
  outside: OutsideAnchor,
  checkpoints: readonly AuditCheckpoint[],
  hashes: ReadonlyMap<number, string>,
  lastFound: number,
): Finding[] {
  if (outside.anchors instanceof Error) {
    return [
      {
        seq: lastFound,
        problem: `the record of the log kept in ${outside.where} cannot be read (${outside.anchors.message.replace(/\.$/, '')})`,
      },
    ];
  }
  const findings: Finding[] = [];
  for (const checkpoint of checkpoints) {
    const { seq, hash } = checkpoint.head;
    if (seq === 0) continue;
    const when = `${REASON_WORDS[checkpoint.reason]} on ${recordedDay(checkpoint)}`;
    if (seq > lastFound) {
      findings.push({
        seq: lastFound + 1,
        problem: `the log ends at event ${lastFound}, but ${outside.where} recorded event ${seq} ${when}`,
      });
      break;
    }
    if (hashes.get(seq) !== hash) {
      findings.push({
        seq,
        problem: `event ${seq} is not the one ${outside.where} recorded ${when}: the log was rewritten at or before it`,
      });
      break;
    }
  }
  return findings;
}

/** The same problem said once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => !seen.has(finding.problem) && seen.add(finding.problem));
}
