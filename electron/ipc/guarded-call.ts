/**
 * The checks every bridge call passes before its handler runs, as one function with no Electron in it:
 * trusted sender → no forbidden keys → input parsed with the contract's schema → handler → output parsed.
 * The IPC wrapper (register.ts) and the Playwright test bridge both call it, so both enforce the same rules.
 */
import type { z } from 'zod';
import {
  BRIDGE_ERROR_PREFIX,
  operations,
  type OperationName,
  type OperationOutput,
  type OperationRequest,
} from '../../shared/contract/bridge';
import { payloadKeyProblem } from '../services/payload-keys';
import { untrustedSenderReason, type SenderInfo, type TrustedSender } from '../services/trusted-sender';
import { UserFacingError } from '../services/user-facing-error';

/** The main-process side of one operation: receives parsed input, returns the contract's output. */
export type OperationHandler<N extends OperationName> = (
  input: OperationRequest<N>,
) => Promise<OperationOutput<N>>;
/** One handler per operation in the contract. */
export type OperationHandlers = { [N in OperationName]: OperationHandler<N> };

/** An Error whose message the preload recognises and unwraps to the plain-English part. */
export function bridgeError(operation: OperationName, message: string): Error {
  return new Error(`${BRIDGE_ERROR_PREFIX}${operation}: ${message}`);
}

/**
 * Runs `handler` for a call from `sender` with the raw `input` after every check passes. Throws a bridge
 * error (see `bridgeError`) that says what was wrong; the handler never runs when a check fails.
 */
export async function runGuarded<N extends OperationName>(
  name: N,
  handler: OperationHandler<N>,
  sender: SenderInfo,
  trusted: TrustedSender,
  input: unknown,
): Promise<OperationOutput<N>> {
  const senderProblem = untrustedSenderReason(sender, trusted);
  if (senderProblem !== null) throw bridgeError(name, `Refused because ${senderProblem}`);

  const keyProblem = payloadKeyProblem(input);
  if (keyProblem !== null) throw bridgeError(name, keyProblem);

  const parsedInput = operations[name].input.safeParse(input, { reportInput: true });
  if (!parsedInput.success) throw bridgeError(name, describeIssues(parsedInput.error.issues));

  let output: unknown;
  try {
    output = await handler(parsedInput.data as OperationRequest<N>);
  } catch (error) {
    if (error instanceof UserFacingError) throw bridgeError(name, error.message);
    // A bug, not something the user did: keep the details in the main-process log.
    console.error(`DSH Desk: ${name} failed unexpectedly`, error);
    throw bridgeError(
      name,
      `Something went wrong inside DSH Desk (${errorText(error)}). Please report this.`,
    );
  }

  const parsedOutput = operations[name].output.safeParse(output);
  if (!parsedOutput.success) {
    console.error(`DSH Desk: ${name} returned a result outside the contract`, parsedOutput.error.issues);
    throw bridgeError(
      name,
      'Something went wrong inside DSH Desk (an unexpected result). Please report this.',
    );
  }
  return parsedOutput.data as OperationOutput<N>;
}

/** Every issue as "field: what is wrong", joined; messages written in the schema are kept as they are. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => describeIssue(issue)).join(' ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${plainMessage(issue)}`;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  // A field that is absent reports its input as undefined (parsing runs with reportInput).
  if (issue.input === undefined && issue.path.length > 0) return 'This field is required.';
  switch (issue.code) {
    case 'invalid_type':
      // Zod's own wording starts "Invalid input"; a message written in the schema is already plain English.
      return issue.message.startsWith('Invalid input')
        ? `Expected ${article(issue.expected)} but got ${describeValue(issue.input)}.`
        : issue.message;
    case 'unrecognized_keys':
      return `Unexpected ${issue.keys.length === 1 ? 'field' : 'fields'}: ${issue.keys.join(', ')}.`;
    case 'invalid_value':
      return `Must be one of: ${issue.values.map(String).join(', ')}.`;
    default:
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  }
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value === undefined) return 'nothing';
  return article(typeof value);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
