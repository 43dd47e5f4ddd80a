import { changeLines } from '../../../../shared/audit/change-lines';
import { describeAuditEvent, fieldLabel } from '../../../../shared/audit/describe';
import { AUDIT_ACTIONS, type AuditEvent } from '../../../../shared/domain';

type Described = Pick<AuditEvent, 'action' | 'entity' | 'changes' | 'entityId'>;
const event = (over: Partial<Described>): Described => ({
  action: 'update',
  entity: 'project',
  entityId: '0520e85f-0000-4000-8000-000000000000',
  changes: {},
  ...over,
});
const names = {
  recordName: (entity: string, id: string) =>
    entity === 'project' && id.startsWith('0520e85f')
      ? 'DSH-2026-047'
      : entity === 'membership'
        ? 'Dr Anna Nowak on DSH-2026-047'
        : undefined,
};

describe('audit events in words', () => {
  it('has a wording for every action, none of which speaks the database’s words', () => {
    for (const action of AUDIT_ACTIONS) {
      const text = describeAuditEvent(event({ action, entity: 'membership' }), names);
      expect(text).not.toMatch(/membership\.|[a-z]-[a-z]|[a-z][A-Z]/);
      expect(text).toMatch(/^[A-Z].*[^.]\.$/);
    }
  });

  it('names the project by its reference, never by its id', () => {
    const text = describeAuditEvent(event({ action: 'advance' }), names);
    expect(text).toBe('Advanced project DSH-2026-047.');
    expect(describeAuditEvent(event({ action: 'advance' }))).not.toContain('0520e85f');
  });

  it('words the three membership actions with the person and the project', () => {
    expect(describeAuditEvent(event({ entity: 'membership', action: 'grant-access' }), names)).toBe(
      'Granted access: Dr Anna Nowak on DSH-2026-047.',
    );
    expect(describeAuditEvent(event({ entity: 'membership', action: 'revoke-access' }), names)).toBe(
      'Revoked access: Dr Anna Nowak on DSH-2026-047.',
    );
    expect(describeAuditEvent(event({ entity: 'membership', action: 'record-access-form' }), names)).toBe(
      'Recorded the signed user access form: Dr Anna Nowak on DSH-2026-047.',
    );
  });

  it('gives the number of an issued certificate', () => {
    const issued = event({
      entity: 'certificate',
      action: 'issue',
      changes: { number: { after: 'DSH-CERT-2026-0007' } },
    });
    expect(describeAuditEvent(issued)).toBe('Issued certificate DSH-CERT-2026-0007.');
  });

  it('says which parts of the onboarding form an update changed, in words', () => {
    const update = event({
      changes: {
        onboarding: {
          before: { dataController: 'A', plannedStart: '2027-01-01' },
          after: { dataController: 'B', plannedStart: '2027-01-01', datasets: [{ name: 'HES' }] },
        },
      },
    });
    expect(describeAuditEvent(update, names)).toBe(
      'Updated project DSH-2026-047: onboarding form (data controller, datasets).',
    );
  });

  it('labels fields in words', () => {
    expect(fieldLabel('dataOwnerAuthorisationRef')).toBe('data owner’s authorisation reference');
    expect(fieldLabel('plannedStart')).toBe('planned start');
    expect(fieldLabel('leadResearcherId')).toBe('lead researcher');
    expect(changeLines({ accessGranted: { after: 'x' } })[0]!.label).toBe('Access granted');
  });

  it('still reads an event whose action this version does not write', () => {
    const older = event({ action: 'frobnicate-widget' as AuditEvent['action'] });
    expect(describeAuditEvent(older, names)).toBe('Frobnicate widget: project DSH-2026-047.');
  });
});
