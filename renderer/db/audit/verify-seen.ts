/**
 * The deleted tails that what events had seen reveals (shared/audit/seen.ts), in the officer's words: which
 * workstation's log ends too early, which event had seen further, and the events missing.
 */
import { type MissingTail, type SeenReferences, eventRange } from '../../../shared/audit/seen';
import type { PeerChainsVerdict } from './verify-peers';
import { workstationWords } from './verify-peers';

/** A missing tail of this workstation's own log (its first missing seq), or of another's (in `peers`). */
export interface TailFindings {
  own: { seq: number; problem: string }[];
}

function nameOf(device: string, own: string, peers: PeerChainsVerdict): string {
  if (device === own) return 'this workstation';
  return peers.names.get(device) ?? workstationWords(device);
}

function sentence(tail: MissingTail, own: string, peers: PeerChainsVerdict): string {
  const whose =
    tail.device === own ? 'this workstation’s log' : `the log of ${nameOf(tail.device, own, peers)}`;
  const held = tail.heldTo === 0 ? 'holds none of its events' : `ends at event ${tail.heldTo}`;
  const by =
    tail.by.device === own
      ? `this workstation’s event ${tail.by.seq}`
      : `event ${tail.by.seq} of ${nameOf(tail.by.device, own, peers)}`;
  const count = tail.seenUpTo - tail.heldTo;
  const missing = `${eventRange(tail.heldTo + 1, tail.seenUpTo)} ${count === 1 ? 'is' : 'are'} missing`;
  return `${whose} ${held}, but ${by} had seen it up to event ${tail.seenUpTo}: ${missing}`;
}

/**
 * Compares what was seen with the chains held: another workstation's tail is added to `peers` (its finding
 * and its first event in doubt); this workstation's own is returned, to join its own findings.
 */
export function missingTailFindings(
  references: SeenReferences,
  own: string,
  ownLastSeq: number,
  peers: PeerChainsVerdict,
): TailFindings {
  const findings: TailFindings = { own: [] };
  const tails = references.missingTails((device) =>
    device === own ? ownLastSeq : (peers.ends.get(device) ?? 0),
  );
  for (const tail of tails) {
    const problem = sentence(tail, own, peers);
    if (tail.device === own) {
      findings.own.push({ seq: tail.heldTo + 1, problem });
    } else {
      peers.findings.push(problem);
      peers.broken.push({ device: tail.device, seq: tail.heldTo + 1 });
    }
  }
  return findings;
}
