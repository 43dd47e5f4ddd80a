/** Runs the project's real ESLint configuration over a sample, as `npm run lint` does, for tests of lint rules. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** One problem ESLint reports: the rule and the line. */
export interface LintProblem {
  rule: string | null;
  line: number;
}

/** The problems ESLint reports for `source` as if it were the file `file` (a path from the project root). */
export function lintAs(file: string, source: string): LintProblem[] {
  const run = spawnSync(process.execPath, [ESLINT, '--format', 'json', '--stdin', '--stdin-filename', file], {
    cwd: ROOT,
    input: source,
    encoding: 'utf8',
  });
  if (run.stdout === '') throw new Error(`ESLint did not run: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; line: number }[] }[];
  return result!.messages.map((message) => ({ rule: message.ruleId, line: message.line }));
}
