/**
 * The audit chains of the other workstations of a team (SYNC.md: one chain per workstation), as this one
 * received them: each is checked event by event, in its own order, from the first event it holds (a chain
 * whose first events were written before it was shared is checked from there). A changed, missing or
 * reordered event is named with the workstation it belongs to. What each trusted event had seen of the
 * other chains is gathered on the way (shared/audit/seen.ts), so a chain's deleted tail can be named.
 */
import { ChainVerifier } from '../../../shared/audit/chain';
import type { SeenReferences } from '../../../shared/audit/seen';
import { actorWords } from '../../../shared/audit/who';
import type { AuditEvent } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { rowsAfterKey } from '../key-pages';

const COUNT = new Intl.NumberFormat('en-GB');

/** What the check of the other workstations' chains found. */
export interface PeerChainsVerdict {
  checked: number;
  devices: number;
  /** "12 events of 2 other workstations". */
  summary: string;
  findings: string[];
  /** Each broken chain: its workstation and the first event of it in doubt. */
  broken: { device: string; seq: number }[];
  /** Each chain held: the last seq held of it. */
  ends: Map<string, number>;
  /** Each chain held: the workstation in words, with who last wrote there. */
  names: Map<string, string>;
}

/** How the officer knows a workstation: its id's first eight characters and who last wrote there. */
export function workstationWords(device: string, lastUser?: string): string {
  const who = lastUser ? ` (last used by ${lastUser})` : '';
  return `workstation ${device.slice(0, 8)}${who}`;
}

/**
 * Checks every other workstation's chain, `pageSize` events at a time; notes in `references` what each
 * event it still trusts had seen.
 */
export async function verifyPeerChains(
  db: DshDatabase,
  pageSize = 1000,
  references?: SeenReferences,
): Promise<PeerChainsVerdict> {
  let checked = 0;
  const ends = new Map<string, number>();
  const names = new Map<string, string>();
  let devices = 0;
  const findings: string[] = [];
  const staff = await db.staffMembers.toArray();
  const broken: { device: string; seq: number }[] = [];
  let device: string | undefined;
  let verifier: ChainVerifier | undefined;
  let lastActor: AuditEvent['actor'] | undefined;
  let after: [string, number] | undefined;
  const close = () => {
    const verdict = verifier?.verdict();
    if (!verdict || device === undefined) return;
    const lastUser = lastActor && actorWords(lastActor, staff).name;
    names.set(device, workstationWords(device, lastUser));
    if (verdict.intact) return;
    broken.push({ device, seq: verdict.brokenAtSeq });
    findings.push(`in the log of ${workstationWords(device, lastUser)}, ${verdict.problem}`);
  };
  for (;;) {
    const page = await rowsAfterKey(db.peerAuditEvents, after).limit(pageSize).toArray();
    for (const event of page) {
      if (event.device !== device) {
        close();
        device = event.device;
        lastActor = undefined;
        devices += 1;
        verifier = new ChainVerifier({ seq: event.seq, prevHash: event.prevHash });
      }
      // Named by the last event still trusted (a changed event could name anyone).
      if (verifier?.feed([event])) {
        lastActor = event.actor;
        references?.note(event.device ?? '', event);
      }
      ends.set(event.device ?? '', event.seq);
      checked += 1;
    }
    if (page.length < pageSize) break;
    const last = page.at(-1)!;
    after = [last.device ?? '', last.seq];
  }
  close();
  const summary = `${COUNT.format(checked)} event${checked === 1 ? '' : 's'} of ${devices} other workstation${devices === 1 ? '' : 's'}`;
  return { checked, devices, summary, findings, broken, ends, names };
}
