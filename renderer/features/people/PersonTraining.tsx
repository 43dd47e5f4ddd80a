/** A person's training: where each required course stands today, and every record. */
import { useLiveQuery } from 'dexie-react-hooks';
import { londonToday } from '../../../shared/dates';
import { validTraining, type Person } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { getSettings } from '../../db/repositories/settings';
import { trainingRecordsOf } from '../../db/repositories/training';
import { DsaCertificateDrop } from './training/DsaCertificateDrop';
import { TrainingRecords } from './training/TrainingRecords';
import { dsaStatus, recordStatus } from './training/training-status';
import { TrainingStatusChip } from './training/TrainingStatusChip';

/** The training panel of the person page. */
export function PersonTraining({ person }: { person: Person }) {
  const { db } = useApp();
  const data = useLiveQuery(
    async () => ({ records: await trainingRecordsOf(db, person.id), settings: await getSettings(db) }),
    [db, person.id],
  );
  const today = londonToday();
  const dsh = data && validTraining(person.id, 'dsh-environment', data.records, today, data.settings);
  return (
    <section className="panel" aria-labelledby="training-heading">
      <h2 id="training-heading">Training</h2>
      <p className="panel-intro">
        Training belongs to the person, so one course counts for every project they are on.
        {data &&
          ` NHS DSA Level 1 training is valid for ${data.settings.dsaValidityMonths} months unless its record gives an expiry date.`}
      </p>
      {data && (
        <>
          <dl className="facts">
            <dt>DSH environment training</dt>
            <dd>
              <TrainingStatusChip
                status={
                  dsh ? recordStatus(dsh.record, data.settings, today) : { state: 'none', text: 'None valid' }
                }
              />
            </dd>
            <dt>NHS DSA Level 1</dt>
            <dd>
              <TrainingStatusChip status={dsaStatus(person.id, data.records, data.settings, today)} />
            </dd>
          </dl>
          <h3 className="visually-hidden">Training records</h3>
          <TrainingRecords person={person} records={data.records} settings={data.settings} />
          <DsaCertificateDrop person={person} dsaValidityMonths={data.settings.dsaValidityMonths} />
        </>
      )}
    </section>
  );
}
