/** Settings → Applications: the catalogue of software a project can have installed in its environment. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState } from 'react';
import type { Application } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { listApplications } from '../../db/repositories/catalogues';
import { ActiveChip } from './ActiveChip';
import { ApplicationForm } from './ApplicationForm';
import { SettingsSection } from './SettingsSection';

/** The application catalogue panel. */
export function ApplicationsPanel() {
  const { db } = useApp();
  const applications = useLiveQuery(() => listApplications(db), [db]);
  const [editing, setEditing] = useState<Application | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const done = (application?: Application) => {
    setEditing(null);
    setSaved(application ? `Saved ${application.name}.` : null);
  };

  return (
    <SettingsSection
      id="settings-applications"
      title="Application catalogue"
      intro="The applications a project can ask for on its onboarding form or in a change request."
      action={
        editing === null && (
          <button type="button" className="button secondary" onClick={() => setEditing('new')}>
            Add an application
          </button>
        )
      }
    >
      {editing === 'new' && <ApplicationForm onDone={done} />}
      {applications && applications.length === 0 && <p>No applications in the catalogue yet.</p>}
      {applications && applications.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Applications</caption>
            <thead>
              <tr>
                <th scope="col">Application</th>
                <th scope="col">Version</th>
                <th scope="col">Description</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <Fragment key={application.id}>
                  <tr>
                    <th scope="row">{application.name}</th>
                    <td>{application.version ?? ''}</td>
                    <td>{application.description ?? ''}</td>
                    <td>
                      <ActiveChip active={application.active} inactive="Not offered" />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button secondary small"
                        aria-label={`Edit ${application.name}`}
                        onClick={() => setEditing(application)}
                      >
                        Edit…
                      </button>
                    </td>
                  </tr>
                  {editing !== null && editing !== 'new' && editing.id === application.id && (
                    <tr className="edit-row">
                      <td colSpan={5}>
                        <ApplicationForm application={editing} onDone={done} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="saved-note">
        {saved}
      </p>
    </SettingsSection>
  );
}
