/**
 * Refuses payloads that carry prototype-polluting keys. A payload built with JSON.parse or defineProperty can
 * hold an own `__proto__` key that schema parsing may not report, and a later spread or merge would carry it
 * into an object's prototype. The walk is bounded so a hostile payload cannot make it run forever.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any payload the contract defines; deeper input is refused rather than walked. */
const MAX_DEPTH = 32;

/**
 * What is wrong with the payload's keys, in plain English, or null when nothing is. Byte arrays are not
 * walked: their indices cannot be forbidden keys and they may be a gigabyte long.
 */
export function payloadKeyProblem(value: unknown): string | null {
  return walk(value, [], new Set());
}

function walk(value: unknown, at: string[], seen: Set<object>): string | null {
  if (
    typeof value !== 'object' ||
    value === null ||
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer
  ) {
    return null;
  }
  if (seen.has(value)) return null;
  if (at.length >= MAX_DEPTH) return `The request is nested more than ${MAX_DEPTH} levels deep.`;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const name = typeof key === 'symbol' ? key.toString() : key;
    if (FORBIDDEN_KEYS.has(name)) {
      return `The request contains a field named "${name}"${at.length ? ` (in ${at.join('.')})` : ''}, which is never allowed.`;
    }
    // Read through the descriptor so a getter in the payload is never run.
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    const found = descriptor && 'value' in descriptor ? walk(descriptor.value, [...at, name], seen) : null;
    if (found !== null) return found;
  }
  return null;
}
