/** One numbered part of the closure checklist, with whether it is complete (in words, not colour alone). */
import type { ReactNode } from 'react';
import './closure.css';

/** A panel with a numbered heading and a done / to do chip. */
export function ClosureSection({
  id,
  number,
  title,
  intro,
  done,
  children,
}: {
  id: string;
  number: number;
  title: string;
  intro: ReactNode;
  done: boolean;
  children: ReactNode;
}) {
  return (
    <section className="panel closure-section" id={id} aria-labelledby={`${id}-heading`}>
      <div className="panel-heading-row">
        <h2 id={`${id}-heading`}>
          <span className="closure-number" aria-hidden="true">
            {number}
          </span>
          {title}
        </h2>
        <span className={done ? 'chip chip-done' : 'chip chip-neutral'}>{done ? 'Complete' : 'To do'}</span>
      </div>
      <p className="panel-intro">{intro}</p>
      {children}
    </section>
  );
}
