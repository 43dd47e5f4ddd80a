/** An SVG pattern of diagonal lines: a second series reads as "hatched", not only as another colour. */

/** `<defs>` holding a hatch pattern with this id, drawn in `colour`. */
export function Hatch({ id, colour }: { id: string; colour: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
      </pattern>
    </defs>
  );
}
