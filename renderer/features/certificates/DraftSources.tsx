/**
 * Where each part of the certificate comes from, with a link to the record to correct it: the certificate
 * page holds no text of its own, so a correction is made (and audited) on the record it prints.
 */
import { Link } from 'react-router';
import type { Project } from '../../../shared/domain';
import type { DraftProblem, DraftSource } from '../../../shared/documents/certificate/draft-problems';

const SOURCES: { source: DraftSource; what: string; label: string }[] = [
  {
    source: 'closure',
    what: 'Storage locations (media, identifier, sanitisation, verification, what became of the media), the destruction, the backups’ overwrite date, the data owner’s authorisation and the outputs retained',
    label: 'Correct the closure record',
  },
  {
    source: 'onboarding',
    what: 'Project title, lead researcher, data controller, datasets and their providers, agreement references',
    label: 'See the onboarding form',
  },
  {
    source: 'settings',
    what: 'The DSH’s name, address and contact on the letterhead, and the signatories’ organisation',
    label: 'Correct the Settings',
  },
];

function linkOf(project: Project, source: DraftSource): string {
  if (source === 'settings') return '/settings#settings-general';
  return `/projects/${project.id}?stage=${source}`;
}

/** The panel that sends the officer to the records. */
export function DraftSources({ project, problems }: { project: Project; problems: DraftProblem[] }) {
  return (
    <section className="panel" aria-labelledby="cert-sources-heading">
      <h2 id="cert-sources-heading">Where the certificate comes from</h2>
      <p className="panel-intro">
        Everything on the certificate is taken from the project’s records and cannot be typed over here. To
        change what will print, correct the record: every correction is kept in the audit log.
      </p>
      <ul className="cert-sources">
        {SOURCES.map(({ source, what, label }) => {
          const own = problems.filter((problem) => problem.source === source);
          return (
            <li key={source}>
              <span>{what}: </span>
              <Link to={linkOf(project, source)}>{label}</Link>
              {own.length > 0 && (
                <ul className="blockers" aria-label={`To correct: ${label.toLowerCase()}`}>
                  {own.map((problem) => (
                    <li key={problem.message}>{problem.message}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
