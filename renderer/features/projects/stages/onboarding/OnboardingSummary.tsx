/** The onboarding form as recorded, read-only: for a project that has moved on, or has ended. */
import { useLiveQuery } from 'dexie-react-hooks';
import { formatShortDate } from '../../../../../shared/dates';
import {
  IG_REFERENCE_LABELS,
  estimateCost,
  formatPounds,
  type Application,
  type ConnectionType,
  type Project,
} from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { FactsPanel } from '../../project/Facts';
import { priceText } from './ConnectionFields';
import { MembersPanel } from './MembersPanel';
import { IG_KEYS } from './onboarding-values';

/** What the onboarding stage recorded. */
export function OnboardingSummary({
  project,
  applications,
  connectionTypes,
}: {
  project: Project;
  applications: readonly Application[];
  connectionTypes: readonly ConnectionType[];
}) {
  const { db } = useApp();
  const draft = project.onboarding;
  const lead = useLiveQuery(
    async () => (draft.leadResearcherId ? ((await db.people.get(draft.leadResearcherId)) ?? null) : null),
    [db, draft.leadResearcherId],
  );
  const connection = connectionTypes.find((type) => type.id === draft.connectionTypeId);
  const estimate = connection ? estimateCost(connection, draft.plannedStart, draft.plannedEnd) : undefined;
  const appNames = (draft.applicationIds ?? []).map(
    (id) => applications.find((app) => app.id === id)?.name ?? 'An application no longer in the catalogue',
  );
  return (
    <>
      <FactsPanel
        title="Onboarding form"
        facts={[
          ['Lead researcher', lead ? `${lead.name} (${lead.email})` : undefined],
          ['Data controller', draft.dataController],
          [
            'Planned dates',
            draft.plannedStart &&
              `${formatShortDate(draft.plannedStart)} to ${draft.plannedEnd ? formatShortDate(draft.plannedEnd) : '—'}`,
          ],
          ['Applications', appNames.join(', ')],
          [
            'Requested applications',
            (draft.requestedApplications ?? [])
              .map((request) => (request.note ? `${request.name} (${request.note})` : request.name))
              .join('; '),
          ],
          ['Connection', connection && `${connection.name} — ${priceText(connection)}`],
          [
            'Estimated cost',
            estimate?.known ? `${formatPounds(estimate.pence)} (${estimate.explanation})` : undefined,
          ],
          ['Cost code', draft.costCode],
        ]}
      >
        <h3 className="subsection-heading">Datasets</h3>
        {(draft.datasets ?? []).length === 0 ? (
          <p className="muted">No datasets recorded.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Datasets</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Provider</th>
                <th scope="col">Classification</th>
                <th scope="col">Tier</th>
                <th scope="col">Approximate size</th>
              </tr>
            </thead>
            <tbody>
              {(draft.datasets ?? []).map((dataset, index) => (
                <tr key={index}>
                  <td>{dataset.name}</td>
                  <td>{dataset.provider}</td>
                  <td className="capitalise">{dataset.classification}</td>
                  <td>{dataset.tier}</td>
                  <td>{dataset.approxSize}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3 className="subsection-heading">Information governance</h3>
        <dl className="facts project-facts">
          {IG_KEYS.map((key) => {
            const entry = draft.igReferences?.[key];
            return (
              <div key={key} className="fact">
                <dt>{IG_REFERENCE_LABELS[key]}</dt>
                <dd>
                  {entry === undefined ? (
                    <span className="muted">Not recorded</span>
                  ) : entry.applicable ? (
                    (entry.reference ?? <span className="muted">Reference not given</span>)
                  ) : (
                    <>Not applicable: {entry.reason ?? 'no reason given'}</>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </FactsPanel>
      <MembersPanel project={project} leadId={draft.leadResearcherId} editable={false} />
    </>
  );
}
