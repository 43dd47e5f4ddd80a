/** An x-axis tick for a month: the month, with the year under it in January and on the first tick. */

interface MonthTickProps {
  x?: number;
  y?: number;
  index?: number;
  payload?: { value: string };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Renders `2026-11` as "Nov", and `2027-01` as "Jan" over "2027". */
export function MonthTick({ x = 0, y = 0, index = 0, payload }: MonthTickProps) {
  const month = payload?.value ?? '';
  const number = Number(month.slice(5, 7));
  const showYear = index === 0 || number === 1;
  return (
    <text x={x} y={y + 12} textAnchor="middle" fill="#4a5568" fontSize={12}>
      <tspan x={x}>{MONTHS[number - 1] ?? month}</tspan>
      {showYear && (
        <tspan x={x} dy={14}>
          {month.slice(0, 4)}
        </tspan>
      )}
    </text>
  );
}
