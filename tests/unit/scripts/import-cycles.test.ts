// No import cycles in renderer/, shared/ and electron/: a cycle makes load order matter (a module can see
// another half-initialised) and ties two parts together so neither can be understood or moved alone.
// Type-only imports are left out: they vanish from the built code.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const VALUE_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm;

/** Every TypeScript source file under `folder`. */
function sourcesIn(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourcesIn(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** Each file with the files it imports for their values (relative imports only). */
function importGraph(): Map<string, string[]> {
  const files = new Set(['renderer', 'shared', 'electron'].flatMap((top) => sourcesIn(path.join(ROOT, top))));
  const resolve = (from: string, spec: string): string | undefined => {
    const base = path.resolve(path.dirname(from), spec);
    return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((file) => files.has(file));
  };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imported = [...fs.readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)]
      .filter((match) => match[1] === undefined)
      .map((match) => resolve(file, match[2]!))
      .filter((target): target is string => target !== undefined);
    graph.set(file, imported);
  }
  return graph;
}

/** The cycles of `graph`, each as the files on it (from the root), found by a depth-first walk. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(trail.slice(trail.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles.map((cycle) => cycle.map((file) => path.relative(ROOT, file)));
}

describe('imports', () => {
  it('form no cycle in renderer/, shared/ or electron/', () => {
    expect(cyclesOf(importGraph())).toEqual([]);
  });

  it('are read the way the check needs: a cycle made on purpose is found', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
    ]);
    expect(cyclesOf(graph)).toHaveLength(1);
    const found = [
      ..."import {\n  x,\n} from './x';\nimport type { Y } from './y';\n".matchAll(VALUE_IMPORT),
    ];
    expect(found.map((match) => [match[1], match[2]])).toEqual([
      [undefined, './x'],
      ['type ', './y'],
    ]);
  });
});
