import Dexie from 'dexie';
import { RefusedError, ValidationError, faultMessage, plainFault } from '../../../../renderer/db/errors';

const FULL = "The computer's storage is full: nothing was saved. Free some disk space, then save again.";
const quota = () => new DOMException('', 'QuotaExceededError');

describe('faults in plain words', () => {
  it.each([
    ['IndexedDB’s exception', quota()],
    [
      'Firefox’s old name for it',
      Object.assign(new Error('quota reached'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
    ],
    ['Dexie’s QuotaExceededError', new Dexie.QuotaExceededError(quota())],
    ['an AbortError wrapping it', new Dexie.AbortError('Transaction aborted', quota())],
    ['an Error caused by it', new Error('The backup could not be written', { cause: quota() })],
    ['a bulk write with one such failure', new Dexie.BulkError('1 of 2 failed', { 1: quota() })],
  ])('reads a full disk from %s', (_, error) => {
    expect(plainFault(error)).toBe(FULL);
    expect(faultMessage(error)).toBe(FULL);
  });

  it('says what to do again when it is not a save', () => {
    expect(plainFault(quota(), 'try again')).toBe(
      "The computer's storage is full: nothing was saved. Free some disk space, then try again.",
    );
  });

  it.each([
    new Error('Something else.'),
    new Dexie.AbortError('Transaction aborted'),
    new Dexie.ConstraintError('Key already exists'),
    'a string',
    null,
  ])('leaves anything else to its own message (%p)', (error) => {
    expect(plainFault(error)).toBeNull();
    expect(faultMessage(error)).toBe(error instanceof Error ? error.message : String(error));
  });
});

describe('messages end each sentence once', () => {
  it('a refusal gives each reason one full stop', () => {
    expect(new RefusedError(['Funding finished', 'The lead has left.', 'Why now?']).message).toBe(
      'This cannot be done yet. Funding finished. The lead has left. Why now?',
    );
  });

  it('a validation error gives each issue one full stop', () => {
    expect(
      new ValidationError([
        { path: 'name', message: 'Invalid input: expected string, received number' },
        { path: 'email', message: 'Enter an e-mail address.' },
      ]).message,
    ).toBe('Nothing was saved. Invalid input: expected string, received number. Enter an e-mail address.');
  });
});
