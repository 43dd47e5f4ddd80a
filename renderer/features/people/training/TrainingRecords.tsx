/**
 * One person's training records with their status today, and the buttons to add a course or correct a
 * record (the form opens in place). Used on the person page and for each member at Set Up.
 */
import { useState } from 'react';
import { formatShortDate, londonToday } from '../../../../shared/dates';
import {
  TRAINING_KINDS,
  trainingLabel,
  type Person,
  type TrainingKind,
  type TrainingRecord,
} from '../../../../shared/domain';
import type { SettingsView } from '../../../db/repositories/settings';
import { EvidenceFiles } from '../../../components/evidence/EvidenceFiles';
import { TrainingRecordForm } from './TrainingRecordForm';
import { recordStatus } from './training-status';
import './training.css';
import { TrainingStatusChip } from './TrainingStatusChip';

type Editing = { kind: TrainingKind } | { record: TrainingRecord } | null;

const ORDER: Record<TrainingKind, number> = { 'dsh-environment': 0, 'nhs-dsa-level-1': 1 };

/** The records table and its actions. */
export function TrainingRecords({
  person,
  records,
  settings,
  readOnly = false,
}: {
  person: Pick<Person, 'id' | 'name'>;
  records: readonly TrainingRecord[];
  settings: SettingsView;
  readOnly?: boolean;
}) {
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const today = londonToday();
  const sorted = [...records].sort(
    (a, b) => ORDER[a.kind] - ORDER[b.kind] || b.completedOn.localeCompare(a.completedOn),
  );

  function done(record?: TrainingRecord) {
    setEditing(null);
    setSaved(record ? `Saved ${trainingLabel(record.kind)} of ${person.name}.` : null);
  }

  return (
    <div className="training-records">
      {sorted.length === 0 ? (
        <p className="muted">No training recorded.</p>
      ) : (
        <ul className="training-list" aria-label={`Training records of ${person.name}`}>
          {sorted.map((record) => (
            <li key={record.id} className="training-item">
              <span className="training-text">
                <span className="training-name">{trainingLabel(record.kind)}</span>
                <span className="training-detail">
                  Completed {formatShortDate(record.completedOn)}
                  {record.evidenceReference ? ` · ${record.evidenceReference}` : ' · no evidence reference'}
                </span>
              </span>
              <TrainingStatusChip status={recordStatus(record, settings, today)} />
              {!readOnly && (
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={`Correct ${trainingLabel(record.kind)} completed ${formatShortDate(record.completedOn)}`}
                  onClick={() => setEditing({ record })}
                >
                  Correct…
                </button>
              )}
              <div className="training-evidence">
                <EvidenceFiles
                  target={{ entity: 'training-record', entityId: record.id }}
                  what={`${trainingLabel(record.kind)} completed ${formatShortDate(record.completedOn)}`}
                  readOnly={readOnly}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && editing === null && (
        <div className="row-actions training-actions">
          {TRAINING_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="button secondary small"
              onClick={() => {
                setSaved(null);
                setEditing({ kind });
              }}
            >
              Add {trainingLabel(kind)}
              <span className="visually-hidden"> for {person.name}</span>
            </button>
          ))}
        </div>
      )}
      {editing && (
        <TrainingRecordForm
          key={'record' in editing ? editing.record.id : editing.kind}
          personId={person.id}
          personName={person.name}
          record={
            // The record as stored now: the form saves against the revision it was opened on.
            'record' in editing
              ? (records.find((record) => record.id === editing.record.id) ?? editing.record)
              : undefined
          }
          kind={'kind' in editing ? editing.kind : undefined}
          dsaValidityMonths={settings.dsaValidityMonths}
          onDone={done}
        />
      )}
      <p role="status" className="saved-note">
        {saved}
      </p>
    </div>
  );
}
