/** Settings → Applications: the catalogue of software a project can have installed in its environment. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Application } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { listApplications } from '../../db/repositories/catalogues';
import { ActiveChip } from './ActiveChip';
import { CatalogueTable } from './CatalogueTable';
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
        <CatalogueTable
          caption="Applications"
          headings={['Application', 'Version', 'Description', 'Status']}
          rows={applications}
          cells={(application) => (
            <>
              <th scope="row">{application.name}</th>
              <td>{application.version ?? ''}</td>
              <td>{application.description ?? ''}</td>
              <td>
                <ActiveChip active={application.active} inactive="Not offered" />
              </td>
            </>
          )}
          onEdit={setEditing}
          editing={editing}
          form={(application) => <ApplicationForm application={application} onDone={done} />}
        />
      )}
      <p role="status" className="saved-note">
        {saved}
      </p>
    </SettingsSection>
  );
}
