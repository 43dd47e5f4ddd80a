/** How the catalogues read in the team's words: a price with its unit, active or not. */
import { formatPounds, type ConnectionType, type ConnectionUnit } from '../../shared/domain';

const UNIT: Record<ConnectionUnit, string> = {
  'per-month': 'a month',
  'per-year': 'a year',
  'per-project': 'per project',
  free: 'free',
};

/** The charging unit as a choice in a form. */
export const UNIT_CHOICE: Record<ConnectionUnit, string> = {
  'per-month': 'Per month',
  'per-year': 'Per year',
  'per-project': 'Once per project',
  free: 'Free',
};

/** "£1,200.00 a year", "£250.00 per project" or "Free". */
export function priceText(connection: Pick<ConnectionType, 'pricePence' | 'unit'>): string {
  return connection.unit === 'free'
    ? 'Free'
    : `${formatPounds(connection.pricePence)} ${UNIT[connection.unit]}`;
}

/** "£12.50" → "12.50": pence as an officer types pounds. */
export function poundsText(pence: number): string {
  return (pence / 100).toFixed(2);
}
