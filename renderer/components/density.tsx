/**
 * How tightly a register's rows are set: comfortable (the default) or compact, which fits about twice as many
 * rows on a laptop screen. Remembered on this computer (localStorage), shared by every register.
 */
import { useState } from 'react';

/** A register's row density. */
export type Density = 'comfortable' | 'compact';

const KEY = 'dsh.registerDensity';

function stored(): Density {
  try {
    return localStorage.getItem(KEY) === 'compact' ? 'compact' : 'comfortable';
  } catch {
    return 'comfortable';
  }
}

/** The density in force and a way to change it (remembered). */
export function useDensity(): [Density, (next: Density) => void] {
  const [density, setDensity] = useState<Density>(stored);
  function change(next: Density) {
    setDensity(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage refused (a locked-down profile): the choice lasts while the page is open.
    }
  }
  return [density, change];
}

/** The "Rows" choice beside a register's count. */
export function DensitySwitch({
  density,
  onChange,
}: {
  density: Density;
  onChange: (next: Density) => void;
}) {
  return (
    <label className="density-switch">
      Rows{' '}
      <select value={density} onChange={(event) => onChange(event.target.value as Density)}>
        <option value="comfortable">Comfortable</option>
        <option value="compact">Compact</option>
      </select>
    </label>
  );
}
