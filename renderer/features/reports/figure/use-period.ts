/** A report's period, kept in the address (`?months=24`), so a report opened again shows the same period. */
import { useSearchParams } from 'react-router';

/** The chosen number from `allowed` (the first when the address holds none of them), and how to change it. */
export function usePeriod(name: string, allowed: readonly number[]): [number, (value: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get(name));
  const value = allowed.includes(asked) ? asked : allowed[0]!;
  const change = (next: number) => {
    const search = new URLSearchParams(params);
    search.set(name, String(next));
    setParams(search, { replace: true });
  };
  return [value, change];
}
