/**
 * The change requests of an active project, newest first: what was asked, where it stands (requested,
 * approved, rejected, done) with its dates, a new user's readiness, and the next decision to record.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatShortDate } from '../../../../../shared/dates';
import type { ChangeRequest, ChangeRequestStatus } from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { ReadinessChip } from '../../../../components/ReadinessChip';
import { listApplications } from '../../../../db/repositories/catalogues';
import { changeRequestsOf } from '../../../../db/repositories/change-requests';
import type { MemberView } from '../../../../components/people/use-project-members';
import { DecisionForm, type Decision } from './DecisionForm';
import { NewChangeRequestForm } from './NewChangeRequestForm';
import './active.css';

const STATUS: Record<ChangeRequestStatus, { text: string; chip: string }> = {
  requested: { text: 'Requested', chip: 'chip chip-info' },
  approved: { text: 'Approved', chip: 'chip chip-warn' },
  rejected: { text: 'Rejected', chip: 'chip chip-neutral' },
  done: { text: 'Done', chip: 'chip chip-done' },
};

const NEXT: Record<ChangeRequestStatus, Decision[]> = {
  requested: ['approved', 'rejected'],
  approved: ['done'],
  rejected: [],
  done: [],
};

const BUTTON: Record<Decision, string> = { approved: 'Approve…', rejected: 'Reject…', done: 'Mark done…' };

/** The change requests panel; `members` gives each add-user request its person's readiness. */
export function ChangeRequests({
  projectId,
  members,
  readOnly,
}: {
  projectId: string;
  members: readonly MemberView[];
  readOnly: boolean;
}) {
  const { db } = useApp();
  const data = useLiveQuery(async () => {
    const requests = await changeRequestsOf(db, projectId);
    const personIds = requests.flatMap((request) => (request.personId ? [request.personId] : []));
    return {
      requests: requests.sort(
        (a, b) => b.requestedOn.localeCompare(a.requestedOn) || b.createdAt.localeCompare(a.createdAt),
      ),
      people: new Map(
        (await db.people.bulkGet(personIds)).flatMap((person) => (person ? [[person.id, person]] : [])),
      ),
      applications: new Map((await listApplications(db)).map((app) => [app.id, app])),
    };
  }, [db, projectId]);
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<{ id: string; decision: Decision } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  function describe(request: ChangeRequest): string {
    if (request.kind === 'add-user') {
      return `Add user: ${data?.people.get(request.personId ?? '')?.name ?? 'a person no longer recorded'}`;
    }
    const app = request.applicationId ? data?.applications.get(request.applicationId) : undefined;
    return `Add application: ${app?.name ?? request.newApplicationName ?? 'an application no longer listed'}`;
  }

  const memberOf = (personId: string | undefined) =>
    members.find((member) => member.membership.personId === personId);

  return (
    <section className="panel" aria-labelledby="change-requests-heading">
      <div className="panel-heading-row">
        <h2 id="change-requests-heading">Change requests</h2>
        {!readOnly && !adding && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(null);
              setAdding(true);
            }}
          >
            New change request
          </button>
        )}
      </div>
      <p className="panel-intro">
        Adding a user or an application while the project is active. A new user is ready only once trained,
        signed and granted access (below).
      </p>
      {adding && (
        <NewChangeRequestForm
          projectId={projectId}
          memberIds={members.map((member) => member.membership.personId)}
          onDone={(done) => {
            setAdding(false);
            if (done) setSaved('Change request recorded.');
          }}
        />
      )}
      {data && data.requests.length === 0 && !adding && <p>No change requests.</p>}
      {data && data.requests.length > 0 && (
        <ul className="change-requests">
          {data.requests.map((request) => {
            const what = describe(request);
            const member = request.kind === 'add-user' ? memberOf(request.personId) : undefined;
            const isNewApp = request.kind === 'add-application' && !request.applicationId;
            return (
              <li key={request.id} className="change-request">
                <div className="change-request-row">
                  <div className="change-request-what">
                    <span className="change-request-title">
                      {request.kind === 'add-user' && request.personId ? (
                        <>
                          Add user:{' '}
                          <Link to={`/people/${request.personId}`}>
                            {data.people.get(request.personId)?.name ?? 'a person no longer recorded'}
                          </Link>
                        </>
                      ) : (
                        what
                      )}
                      {isNewApp && <span className="muted"> (not in the catalogue)</span>}
                    </span>
                    <span className="change-request-dates">
                      Requested {formatShortDate(request.requestedOn)}
                      {request.decidedOn &&
                        request.status !== 'done' &&
                        ` · ${STATUS[request.status].text} ${formatShortDate(request.decidedOn)}`}
                      {request.decidedOn &&
                        request.status === 'done' &&
                        ` · Decided ${formatShortDate(request.decidedOn)}`}
                      {request.doneOn && ` · Done ${formatShortDate(request.doneOn)}`}
                    </span>
                    {request.note && <span className="change-request-note">{request.note}</span>}
                  </div>
                  <span className={STATUS[request.status].chip}>{STATUS[request.status].text}</span>
                  {member && request.status !== 'rejected' && (
                    <div className="change-request-readiness">
                      <span className="visually-hidden">Readiness of {member.name}: </span>
                      <ReadinessChip readiness={member.readiness} />
                    </div>
                  )}
                  {!readOnly && open?.id !== request.id && NEXT[request.status].length > 0 && (
                    <div className="row-actions">
                      {NEXT[request.status].map((decision) => (
                        <button
                          key={decision}
                          type="button"
                          className={decision === 'rejected' ? 'button secondary small' : 'button small'}
                          aria-label={`${BUTTON[decision].replace('…', '')}: ${what}`}
                          onClick={() => {
                            setSaved(null);
                            setOpen({ id: request.id, decision });
                          }}
                        >
                          {BUTTON[decision]}
                        </button>
                      ))}
                    </div>
                  )}
                </div>
                {open?.id === request.id && (
                  <DecisionForm
                    request={request}
                    what={what}
                    who={data?.people.get(request.personId ?? '')?.name ?? 'This person'}
                    decision={open.decision}
                    joins={request.kind === 'add-user' && open.decision !== 'rejected' && !member}
                    onDone={(done) => {
                      setOpen(null);
                      if (done) setSaved(`Saved: ${what}.`);
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="saved-note">
        {saved}
      </p>
    </section>
  );
}
