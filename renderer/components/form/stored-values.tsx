/**
 * After "Keep what I typed": the value now stored, shown under each field whose typed value differs, so the
 * officer can compare before saving again. Fields find theirs by the name their control is registered as.
 */
import {
  Children,
  createContext,
  isValidElement,
  useContext,
  type ReactElement,
  type ReactNode,
} from 'react';

/** The stored value of each field (by its form path) whose typed value differs. */
export type StoredValues = ReadonlyMap<string, unknown>;

/** Provided by a record form while the officer compares; absent otherwise. */
export const StoredValuesContext = createContext<StoredValues | undefined>(undefined);

/** The values of a form flattened to paths: `{ a: [{ b: 1 }] }` → `a.0.b: 1`. */
export function flattenValues(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i)));
    else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) walk(item, path ? `${path}.${key}` : key);
    } else out.set(path, node);
  };
  walk(value, prefix);
  return out;
}

/** The stored values at the paths where `typed` differs from `stored` (a path missing on one side too). */
export function differingValues(typed: unknown, stored: unknown): StoredValues {
  const typedPaths = flattenValues(typed);
  const storedPaths = flattenValues(stored);
  const differing = new Map<string, unknown>();
  for (const [path, value] of storedPaths) {
    if (!Object.is(typedPaths.get(path) ?? '', value ?? '')) differing.set(path, value);
  }
  for (const path of typedPaths.keys()) {
    if (!storedPaths.has(path) && (typedPaths.get(path) ?? '') !== '') differing.set(path, '');
  }
  return differing;
}

/** The stored value at `name`, when it differs from what is typed there. */
export function useStoredValue(name: string | undefined): { differs: boolean; value: unknown } {
  const stored = useContext(StoredValuesContext);
  if (!stored || name === undefined || !stored.has(name)) return { differs: false, value: undefined };
  return { differs: true, value: stored.get(name) };
}

/** "Stored now: …" under a field; a choice is shown as the officer reads it (the option's text). */
export function StoredNote({ id, control, value }: { id: string; control: ReactElement; value: unknown }) {
  return (
    <p id={id} className="field-stored">
      Stored now: {shown(control, value)}
    </p>
  );
}

/** The text of the option of `control` (a select, or a staff select) whose value is `value`. */
function shown(control: ReactElement, value: unknown): string {
  const props = control.props as { children?: ReactNode; staff?: { id: string; name: string }[] };
  if (value !== '' && value !== undefined && value !== null) {
    if (Array.isArray(props.staff)) {
      const member = props.staff.find((candidate) => candidate.id === value);
      if (member) return member.name;
    }
    const option = optionText(props.children, String(value));
    if (option !== undefined) return option;
  }
  return plain(value);
}

function optionText(children: ReactNode, value: string): string | undefined {
  for (const child of Children.toArray(children)) {
    if (!isValidElement(child)) continue;
    const props = child.props as { value?: unknown; children?: ReactNode };
    if (child.type === 'option' && String(props.value) === value) {
      return Children.toArray(props.children).join('');
    }
    const nested = optionText(props.children, value);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

function plain(value: unknown): string {
  if (value === true) return 'ticked';
  if (value === false) return 'not ticked';
  if (value === undefined || value === null || value === '') return '(empty)';
  return String(value);
}
