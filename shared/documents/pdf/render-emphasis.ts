/** The parts of a document set large: the key facts box under the title, and a grouped fingerprint. */
import type { Field } from './blocks';
import { fingerprintGroups } from './blocks';
import type { PageFlow } from './page-flow';
import { COLOURS, COLUMNS, CONTENT_WIDTH, GUTTER, STYLES } from './theme';

/** The certificate numbers and dates that matter most, large, in a shaded box. */
export function renderKeyFacts(flow: PageFlow, facts: readonly Field[]): void {
  const padding = 14;
  const widths = factWidths(flow, facts, CONTENT_WIDTH - 2 * padding - 2 * GUTTER * (facts.length - 1));
  const cells = facts.map((fact, i) => ({
    label: flow.wrap(fact.label, widths[i]!, STYLES.factLabel),
    value: flow.wrap(fact.value, widths[i]!, STYLES.factValue),
  }));
  const height =
    2 * padding +
    Math.max(
      ...cells.map(
        (c) => c.label.length * STYLES.factLabel.leading + c.value.length * STYLES.factValue.leading,
      ),
    );
  flow.keep(height);
  const top = flow.y;
  flow.box(COLUMNS.left, top - height, CONTENT_WIDTH, height, COLOURS.shade);
  flow.rule(top - height, COLUMNS.left, COLUMNS.right, 0.8, COLOURS.navy);
  cells.forEach((cell, index) => {
    const x = COLUMNS.left + padding + widths.slice(0, index).reduce((sum, w) => sum + w + 2 * GUTTER, 0);
    let y = top - padding;
    for (const line of cell.label) {
      flow.text(line, x, y - STYLES.factLabel.size, STYLES.factLabel);
      y -= STYLES.factLabel.leading;
    }
    for (const line of cell.value) {
      flow.text(line, x, y - STYLES.factValue.size, STYLES.factValue);
      y -= STYLES.factValue.leading;
    }
  });
  flow.y = top - height;
  flow.space(6);
}

/** Each fact's natural width, plus an equal share of what is left; equal shares when they do not all fit. */
function factWidths(flow: PageFlow, facts: readonly Field[], available: number): number[] {
  const natural = facts.map((fact) =>
    Math.max(flow.measure(fact.label, STYLES.factLabel), flow.measure(fact.value, STYLES.factValue)),
  );
  const spare = available - natural.reduce((sum, width) => sum + width, 0);
  return spare >= 0
    ? natural.map((width) => width + spare / facts.length)
    : facts.map(() => available / facts.length);
}

/** A fingerprint in groups of eight characters, four groups a line, in fixed columns. */
export function renderFingerprint(flow: PageFlow, hex: string): void {
  const style = STYLES.fingerprint;
  const groups = fingerprintGroups(hex);
  const slot = Math.max(...groups.map((group) => flow.measure(group, style))) + 12;
  for (let start = 0; start < groups.length; start += 4) {
    const baseline = flow.line(style);
    groups
      .slice(start, start + 4)
      .forEach((group, i) => flow.text(group, COLUMNS.valueX + i * slot, baseline, style));
  }
}
