/** Training records: per person, not per project, so one course counts for every project of that person. */
import type { TrainingForm, TrainingRecord } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, deleteRecord, requireRecord, updateRecord } from '../write/records';

const options = (db: DshDatabase) => ({ tables: [db.people] });

/** Records a completed course for a person. */
export function addTrainingRecord(ctx: WriteContext, form: TrainingForm): Promise<TrainingRecord> {
  return createRecord(
    ctx,
    ENTITIES.trainingRecord,
    async (db) => {
      await requireRecord(db, ENTITIES.person, form.personId);
      return form;
    },
    options(ctx.db),
  );
}

/** Corrects a training record (the person stays the same). */
export function updateTrainingRecord(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  form: Omit<TrainingForm, 'personId'>,
): Promise<TrainingRecord> {
  return updateRecord(ctx, ENTITIES.trainingRecord, id, expectedRevision, (current) => ({
    ...form,
    personId: current.personId,
  }));
}

/** Deletes a training record entered by mistake. */
export function deleteTrainingRecord(ctx: WriteContext, id: string, expectedRevision: number): Promise<void> {
  return deleteRecord(ctx, ENTITIES.trainingRecord, id, expectedRevision);
}

/** Every training record of a person. */
export function trainingRecordsOf(db: DshDatabase, personId: string): Promise<TrainingRecord[]> {
  return db.trainingRecords.where('personId').equals(personId).toArray();
}

/** Every training record of these people (the members of a project), through the index. */
export function trainingRecordsOfPeople(
  db: DshDatabase,
  personIds: readonly string[],
): Promise<TrainingRecord[]> {
  return db.trainingRecords
    .where('personId')
    .anyOf([...personIds])
    .toArray();
}
