/** The sections of a briefing on screen: each a heading with its count and its items, each item a link to where the officer acts. */
import { Link } from 'react-router';
import type { Briefing } from '../../../shared/domain/briefing';
import { lineDetail } from '../../../shared/documents/briefing/briefing-document';
import { actionHref } from '../../components/actions/action-groups';

/** Every section of `briefing`, in print order. */
export function BriefingSections({ briefing }: { briefing: Briefing }) {
  return (
    <div className="briefing-sections">
      {briefing.sections.map((section) => {
        const headingId = `briefing-${section.id}`;
        return (
          <section key={section.id} className="panel briefing-section" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {section.title} <span className="action-group-count">{section.count}</span>
            </h2>
            {section.lines.length === 0 ? (
              <p className="muted">{section.empty}</p>
            ) : (
              <ol className="briefing-lines">
                {section.lines.map((line) => {
                  const detail = lineDetail(line);
                  return (
                    <li key={line.id} className={line.severity ? `is-${line.severity}` : undefined}>
                      {line.target ? <Link to={actionHref(line.target)}>{line.text}</Link> : line.text}
                      {detail && <span className="briefing-detail"> {detail}</span>}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
