/** Read-only facts as a definition list: a label and its value, "Not recorded" when there is none. */
import type { ReactNode } from 'react';

/** One fact: its label and value (undefined, null or '' reads "Not recorded"). */
export type Fact = [label: string, value: ReactNode];

/** The facts of a read-only section. */
export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="facts project-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>
            {value === undefined || value === null || value === '' ? (
              <span className="muted">Not recorded</span>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A read-only section of a stage: a panel with a heading and its facts. */
export function FactsPanel({
  title,
  facts,
  children,
}: {
  title: string;
  facts: Fact[];
  children?: ReactNode;
}) {
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <Facts facts={facts} />
      {children}
    </section>
  );
}
