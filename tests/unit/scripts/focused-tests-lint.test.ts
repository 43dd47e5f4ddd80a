// `npm run lint` refuses a focused test: it would make jest or Playwright run it alone and skip the rest.
// Runs the project's real ESLint configuration over a sample, as the lint step does.
import { lintAs, type LintProblem } from '../../helpers/run-eslint';

jest.setTimeout(60_000);

/** The rule ids and lines ESLint reports for `source` as if it were the test file `file`. */
const lint = (source: string, file = 'tests/unit/sample.test.ts'): LintProblem[] => lintAs(file, source);

/** A test line calling `callee`; built from parts so that a search for focused tests does not find these samples. */
const call = (callee: string, name: string): string => `${callee}('${name}', () => undefined);`;

const FOCUSED = [
  call('it.only', 'a'),
  call('test.only', 'b'),
  call('describe.only', 'c'),
  call('fit', 'd'),
  call('fdescribe', 'e'),
  call('it.only.each([1])', 'f %s'),
  call('test.describe.only', 'g'),
  call('test.describe.serial.only', 'h'),
  call("it['only']", 'i'),
];

describe('lint and focused tests', () => {
  it('refuses every focused jest and Playwright test in tests/', () => {
    const found = lint(FOCUSED.join('\n') + '\n');
    expect(found).toEqual(FOCUSED.map((_, index) => ({ rule: 'no-restricted-syntax', line: index + 1 })));
  });

  it('accepts ordinary tests and an object that merely has an "only" property', () => {
    const source = [
      "it('a', () => undefined);",
      "describe('b', () => undefined);",
      "it.each([1])('c %s', () => undefined);",
      'const choice = { only: true };',
      'export const picked = choice.only;',
    ].join('\n');
    expect(lint(`${source}\n`)).toEqual([]);
  });
});
