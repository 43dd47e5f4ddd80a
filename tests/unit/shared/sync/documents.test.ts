/**
 * Record ↔ document: ids made of the type and the record's key (deterministic for associative rows and audit
 * events), and every way an incoming document is quarantined with a reason instead of applied or thrown.
 */
import { aMembership, aPerson, aProject, fixtureId } from '../../../helpers/domain-fixtures';
import { anAuditEvent } from '../../../helpers/sync-fixtures';
import { documentId, documentToRecord, recordToDocument } from '../../../../shared/sync/documents';

describe('document ids', () => {
  it('a record is <type>:<id>', () => {
    expect(documentId('project', aProject())).toBe(`project:${aProject().id}`);
  });

  it('a membership is keyed by its project and person, so two workstations adding it make one document', () => {
    const one = aMembership({ id: fixtureId(1001) });
    const other = aMembership({ id: fixtureId(1002) });
    expect(documentId('membership', one)).toBe(`membership:${one.projectId}:${one.personId}`);
    expect(documentId('membership', other)).toBe(documentId('membership', one));
  });

  it('an audit event is audit:<device>:<seq in 12 digits>', () => {
    expect(documentId('audit', anAuditEvent('ws-a', 42))).toBe('audit:ws-a:000000000042');
  });

  it('an audit event without its workstation has no document id', () => {
    const { device: _device, ...event } = anAuditEvent('ws-a', 1);
    expect(() => documentId('audit', event)).toThrow(
      'This audit record lacks the fields its document id is made of.',
    );
  });

  it('the document carries the type and the revision it was based on', () => {
    expect(recordToDocument('person', aPerson(), '3-abc')).toEqual({
      ...aPerson(),
      _id: `person:${aPerson().id}`,
      _rev: '3-abc',
      type: 'person',
    });
  });
});

describe('incoming documents', () => {
  it('a valid document becomes its record, with its revision and conflicts', () => {
    const doc = { ...recordToDocument('project', aProject(), '2-b'), _conflicts: ['2-a'] };
    expect(documentToRecord(doc)).toEqual({
      ok: true,
      docId: `project:${aProject().id}`,
      type: 'project',
      table: 'projects',
      rev: '2-b',
      record: aProject(),
      conflicts: ['2-a'],
    });
  });

  const person = recordToDocument('person', aPerson(), '1-a');
  it.each<[string, unknown, string]>([
    ['not an object', 'hello', 'The server sent something that is not a document.'],
    ['an array', [1, 2], 'The server sent something that is not a document.'],
    ['no id', { type: 'person' }, 'The document has no id.'],
    ['no revision', { ...person, _rev: undefined }, `The document ${person._id} has no revision.`],
    [
      'no type',
      { ...person, type: undefined },
      `The document ${person._id} does not say what kind of record it is.`,
    ],
    [
      'an unknown type',
      { _id: 'widget:1', _rev: '1-a', type: 'widget' },
      'The document widget:1 is a kind of record DSH Desk does not know: “widget”.',
    ],
    [
      'a type that does not match the id',
      { ...person, _id: `project:${aPerson().id}` },
      `The document project:${aPerson().id} says it is a person, but its id does not start with “person:”.`,
    ],
    [
      'an id that is not the record’s',
      { ...person, _id: `person:${fixtureId(9999)}` },
      `The person in person:${fixtureId(9999)} does not match its id (expected person:${aPerson().id}).`,
    ],
    [
      'a field that fails its schema',
      { ...person, email: 'nope' },
      `The person in ${person._id} is not valid: email: E-mail address must look like name@example.ac.uk.`,
    ],
    [
      'a field the schema does not know',
      { ...person, favouriteColour: 'blue' },
      `The person in ${person._id} is not valid: Unexpected field: favouriteColour.`,
    ],
  ])('quarantines %s, with the reason', (_case, doc, reason) => {
    expect(documentToRecord(doc)).toEqual({ ok: false, docId: expect.any(String), reason });
  });

  it('never throws, whatever arrives', () => {
    for (const doc of [
      null,
      undefined,
      0,
      true,
      {},
      { _id: 5 },
      { _id: 'person:x', _rev: 1 },
      Object.create(null),
    ])
      expect(documentToRecord(doc)).toMatchObject({ ok: false });
  });
});
