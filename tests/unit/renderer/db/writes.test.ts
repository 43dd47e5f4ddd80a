import {
  DuplicateError,
  NotFoundError,
  StaleRecordError,
  ValidationError,
} from '../../../../renderer/db/errors';
import { addPerson, findPersonByEmail, updatePerson } from '../../../../renderer/db/repositories/people';
import { createEnquiry, updateEnquiry } from '../../../../renderer/db/repositories/projects';
import { getSettings, updateSettings } from '../../../../renderer/db/repositories/settings';
import { addTrainingRecord } from '../../../../renderer/db/repositories/training';
import { DEFAULT_SETTINGS } from '../../../../shared/domain';
import { enquiryForm, freshDb, personForm } from './db-fixtures';
import { failureOf } from '../../../helpers/failure-of';

const STALE =
  'This record was changed elsewhere (for example in another window). Reload it to see the latest version; ' +
  'your changes have not been saved.';

/** The error a promise rejects with. */

describe('creating a record', () => {
  it('stores it validated, at revision 1, with one create event holding every field', async () => {
    const { db, ctx } = await freshDb();
    const person = await addPerson(
      ctx,
      personForm({ name: '  Dr A Smith ', email: 'A.Smith@Example.AC.UK' }),
    );
    expect(person).toMatchObject({
      name: 'Dr A Smith',
      email: 'a.smith@example.ac.uk',
      revision: 1,
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
    });
    expect(person.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.people.get(person.id)).toEqual(person);
    const [event] = await db.auditEvents.toArray();
    expect(event).toMatchObject({ entity: 'person', entityId: person.id, action: 'create' });
    expect(event?.changes).toEqual({
      name: { after: 'Dr A Smith' },
      email: { after: 'a.smith@example.ac.uk' },
      organisation: { after: 'University of Example' },
      department: { after: 'Population Health' },
    });
  });

  it('refuses a second person with the same e-mail address, in any letter case, and leaves nothing behind', async () => {
    const { db, ctx } = await freshDb();
    await addPerson(ctx, personForm());
    for (const email of ['a.smith@example.ac.uk', 'A.Smith@EXAMPLE.ac.uk']) {
      const error = await failureOf(addPerson(ctx, personForm({ name: 'Someone Else', email })));
      expect(error).toBeInstanceOf(DuplicateError);
      expect(error.message).toBe(
        'A person with the e-mail address a.smith@example.ac.uk is already recorded.',
      );
    }
    expect(await db.people.count()).toBe(1);
    expect(await db.auditEvents.count()).toBe(1);
    expect((await findPersonByEmail(db, 'A.SMITH@example.ac.uk'))?.name).toBe('Dr A Smith');
  });

  it.each([
    [
      'a title of 201 characters',
      () => enquiryForm({ title: 'x'.repeat(201) }),
      'title',
      'Title must be at most 200 characters.',
    ],
    [
      'an e-mail address that is not one',
      () => enquiryForm({ contact: { ...enquiryForm().contact, email: 'not-an-email' } }),
      'contact.email',
      'Contact e-mail address must look like name@example.ac.uk.',
    ],
    [
      'a date that does not exist',
      () => enquiryForm({ receivedOn: '2026-02-30' }),
      'receivedOn',
      'Date received must be a real calendar date.',
    ],
  ])('refuses %s with the field’s message, and writes nothing', async (_what, form, path, message) => {
    const { db, ctx } = await freshDb();
    const error = await failureOf(createEnquiry(ctx, form()));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toContainEqual({
      path,
      message,
    });
    expect(error.message).toContain(message);
    expect(await db.projects.count()).toBe(0);
    expect(await db.auditEvents.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
  });

  it('refuses a malformed e-mail address on a person with its message', async () => {
    const { ctx } = await freshDb();
    const error = (await failureOf(addPerson(ctx, personForm({ email: 'not-an-email' })))) as ValidationError;
    expect(error.issues).toEqual([
      { path: 'email', message: 'E-mail address must look like name@example.ac.uk.' },
    ]);
  });

  it('refuses a record that points to a person who does not exist', async () => {
    const { db, ctx } = await freshDb();
    const error = await failureOf(
      addTrainingRecord(ctx, {
        personId: '00000000-0000-4000-8000-000000009999',
        kind: 'dsh-environment',
        completedOn: '2026-06-01',
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/^This person no longer exists/);
    expect(await db.trainingRecords.count()).toBe(0);
  });
});

describe('updating a record', () => {
  it('stores the next revision with an event of only the changed fields', async () => {
    const { db, ctx } = await freshDb();
    const person = await addPerson(ctx, personForm());
    const later = { ...ctx, now: () => new Date('2026-11-26T08:00:00.000Z') };
    const updated = await updatePerson(
      later,
      person.id,
      1,
      personForm({ organisation: 'Example NHS Trust', department: undefined }),
    );
    expect(updated).toMatchObject({
      revision: 2,
      createdAt: person.createdAt,
      updatedAt: '2026-11-26T08:00:00.000Z',
    });
    expect(updated).not.toHaveProperty('department');
    const events = await db.auditEvents.toArray();
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      action: 'update',
      entityId: person.id,
      at: '2026-11-26T08:00:00.000Z',
    });
    expect(events[1]?.changes).toEqual({
      organisation: { before: 'University of Example', after: 'Example NHS Trust' },
      department: { before: 'Population Health' },
    });
  });

  it('writes nothing when nothing changed', async () => {
    const { db, ctx } = await freshDb();
    const person = await addPerson(ctx, personForm());
    expect(await updatePerson(ctx, person.id, 1, personForm())).toEqual(person);
    expect(await db.auditEvents.count()).toBe(1);
  });

  it('refuses a stale revision with the message, and leaves the stored record unchanged', async () => {
    const { db, ctx } = await freshDb();
    const project = await createEnquiry(ctx, enquiryForm());
    await updateEnquiry(ctx, project.id, 1, enquiryForm({ title: 'Changed in another window' }));
    const stored = await db.projects.get(project.id);
    const error = await failureOf(updateEnquiry(ctx, project.id, 1, enquiryForm({ title: 'My edit' })));
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error.message).toBe(STALE);
    expect(await db.projects.get(project.id)).toEqual(stored);
    expect(await db.auditEvents.count()).toBe(2);
  });

  it('refuses an oversized field on an edit, and leaves the stored record unchanged', async () => {
    const { db, ctx } = await freshDb();
    const project = await createEnquiry(ctx, enquiryForm());
    const error = (await failureOf(
      updateEnquiry(ctx, project.id, 1, enquiryForm({ title: 'x'.repeat(201) })),
    )) as ValidationError;
    expect(error.issues).toEqual([{ path: 'title', message: 'Title must be at most 200 characters.' }]);
    expect(await db.projects.get(project.id)).toEqual(project);
    expect(await db.auditEvents.count()).toBe(1);
  });

  it('says when the record no longer exists', async () => {
    const { ctx } = await freshDb();
    await expect(
      updatePerson(ctx, '00000000-0000-4000-8000-000000009999', 1, personForm()),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an edit that would repeat another person’s e-mail address', async () => {
    const { db, ctx } = await freshDb();
    await addPerson(ctx, personForm());
    const other = await addPerson(ctx, personForm({ email: 'b.jones@example.ac.uk' }));
    await expect(
      updatePerson(ctx, other.id, 1, personForm({ email: 'A.SMITH@example.ac.uk' })),
    ).rejects.toThrow(
      new DuplicateError('A person with the e-mail address a.smith@example.ac.uk is already recorded.'),
    );
    expect(await db.people.get(other.id)).toEqual(other);
    expect(await db.auditEvents.count()).toBe(2);
  });
});

describe('the settings', () => {
  it('are the defaults until first saved, then the saved ones', async () => {
    const { db, ctx } = await freshDb();
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, revision: 0 });
    await updateSettings(ctx, 0, { ...DEFAULT_SETTINGS, organisationName: 'Example DSH' });
    expect(await getSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      organisationName: 'Example DSH',
      revision: 1,
    });
  });

  it('refuse a first save when another window saved them meanwhile', async () => {
    const { db, ctx } = await freshDb();
    await updateSettings(ctx, 0, { ...DEFAULT_SETTINGS, organisationName: 'Saved elsewhere' });
    await expect(updateSettings(ctx, 0, DEFAULT_SETTINGS)).rejects.toBeInstanceOf(StaleRecordError);
    expect((await getSettings(db)).organisationName).toBe('Saved elsewhere');
    expect(await db.auditEvents.count()).toBe(1);
  });
});
