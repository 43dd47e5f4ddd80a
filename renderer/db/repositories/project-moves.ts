/**
 * Moving a project between stages. The facts are gathered inside the write transaction and the pure rules
 * of shared/domain/transitions.ts decide; a refusal throws GateRefusedError with every reason and writes
 * nothing, a move writes the project and one audit event whose action is the move's kind.
 */
import {
  advance,
  decline,
  moveBack,
  overrideGate,
  withdraw,
  type Move,
  type MoveResult,
  type Project,
} from '../../../shared/domain';
import { GateRefusedError } from '../errors';
import { todayOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { updateRecord } from '../write/records';
import { factTables, factsOf } from './project-facts';

/** The move the officer asks for; every kind but `advance` needs a reason. */
export type MoveRequest =
  | { kind: 'advance' }
  | { kind: 'override'; reason: string }
  | { kind: 'move-back'; reason: string }
  | { kind: 'withdraw'; reason: string }
  | { kind: 'decline'; reason: string };

/** Moves the project as asked, or throws GateRefusedError with the reasons (and writes nothing). */
export async function moveProject(
  ctx: WriteContext,
  projectId: string,
  expectedRevision: number,
  request: MoveRequest,
): Promise<{ project: Project; move: Move }> {
  const today = todayOf(ctx);
  let move: Move | undefined;
  const project = await updateRecord(
    ctx,
    ENTITIES.project,
    projectId,
    expectedRevision,
    async (current, db) => {
      let result: MoveResult;
      if (request.kind === 'advance' || request.kind === 'override') {
        const facts = await factsOf(db, current);
        result =
          request.kind === 'advance'
            ? advance(current, facts, today)
            : overrideGate(current, facts, today, request.reason);
      } else if (request.kind === 'move-back') {
        result = moveBack(current, request.reason, today);
      } else if (request.kind === 'withdraw') {
        result = withdraw(current, request.reason, today);
      } else {
        result = decline(current, request.reason, today);
      }
      if (!result.allowed) throw new GateRefusedError(result.reasons);
      move = result.move;
      return result.project;
    },
    {
      tables: factTables(ctx.db),
      annotate: () => ({
        action: move?.kind,
        reason: move?.reason,
        notes: move?.overridden ? { overriddenRequirements: { after: move.overridden } } : undefined,
      }),
    },
  );
  if (!move) throw new Error('The move was not recorded.');
  return { project, move };
}
