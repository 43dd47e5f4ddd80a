/** Settings → Connection types and prices: the costing page researchers choose their connection from. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ConnectionType } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { listConnectionTypes } from '../../db/repositories/catalogues';
import { ActiveChip } from './ActiveChip';
import { CatalogueTable } from './CatalogueTable';
import { priceText } from '../../components/catalogue-labels';
import { ConnectionTypeForm } from './ConnectionTypeForm';
import { SettingsSection } from './SettingsSection';

/** The costing page panel. */
export function ConnectionTypesPanel() {
  const { db } = useApp();
  const connections = useLiveQuery(() => listConnectionTypes(db), [db]);
  const [editing, setEditing] = useState<ConnectionType | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const done = (connection?: ConnectionType) => {
    setEditing(null);
    setSaved(connection ? `Saved ${connection.name}.` : null);
  };

  return (
    <SettingsSection
      id="settings-connections"
      title="Connection types and prices"
      intro="The costing page: how researchers can connect to the DSH and what each costs. A chargeable connection needs a cost code on the onboarding form."
      action={
        editing === null && (
          <button type="button" className="button secondary" onClick={() => setEditing('new')}>
            Add a connection type
          </button>
        )
      }
    >
      {editing === 'new' && <ConnectionTypeForm onDone={done} />}
      {connections && connections.length === 0 && <p>No connection types yet.</p>}
      {connections && connections.length > 0 && (
        <CatalogueTable
          caption="Connection types and prices"
          headings={['Connection', 'Price', 'Booking', 'Status']}
          rows={connections}
          cells={(connection) => (
            <>
              <th scope="row">
                {connection.name}
                {connection.description && (
                  <span className="connection-description">{connection.description}</span>
                )}
              </th>
              <td className="nowrap">{priceText(connection)}</td>
              <td>{connection.needsBooking ? 'Needs booking' : 'No booking'}</td>
              <td>
                <ActiveChip active={connection.active} inactive="Not offered" />
              </td>
            </>
          )}
          onEdit={setEditing}
          editing={editing}
          form={(connection) => <ConnectionTypeForm connection={connection} onDone={done} />}
        />
      )}
      <p role="status" className="saved-note">
        {saved}
      </p>
    </SettingsSection>
  );
}
