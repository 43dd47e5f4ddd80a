import type { z } from 'zod';
import { canonicalJson } from '../../../../shared/canonical-json';
import { generateDemoData, withExistingStaff, type DemoDataSet } from '../../../../shared/demo';
import {
  ApplicationSchema,
  BlackoutDateSchema,
  BookingSchema,
  CertificateSchema,
  ChangeRequestSchema,
  ClosureRecordSchema,
  ConnectionTypeSchema,
  MembershipSchema,
  PersonSchema,
  ProjectSchema,
  SessionTemplateSchema,
  SettingsSchema,
  SetupTaskSchema,
  StaffMemberSchema,
  TrainingRecordSchema,
  certificateFingerprint,
  readinessOf,
} from '../../../../shared/domain';

const TODAY = '2026-11-25';
const demo = generateDemoData({ today: TODAY });

const SCHEMAS: { [K in keyof DemoDataSet]: z.ZodType } = {
  settings: SettingsSchema,
  staffMembers: StaffMemberSchema,
  applications: ApplicationSchema,
  connectionTypes: ConnectionTypeSchema,
  sessionTemplates: SessionTemplateSchema,
  blackoutDates: BlackoutDateSchema,
  people: PersonSchema,
  trainingRecords: TrainingRecordSchema,
  projects: ProjectSchema,
  memberships: MembershipSchema,
  setupTasks: SetupTaskSchema,
  changeRequests: ChangeRequestSchema,
  closureRecords: ClosureRecordSchema,
  certificates: CertificateSchema,
  bookings: BookingSchema,
};

describe('the demo data generator', () => {
  it('is deterministic: the same seed gives the same data, another seed different data', () => {
    expect(canonicalJson(generateDemoData({ today: TODAY }))).toBe(canonicalJson(demo));
    expect(canonicalJson(generateDemoData({ today: TODAY, seed: 7 }))).not.toBe(canonicalJson(demo));
  });

  it.each(Object.keys(SCHEMAS) as (keyof DemoDataSet)[])('writes %s that all pass their schema', (table) => {
    const rows = ([] as unknown[]).concat(demo[table]);
    const failures = rows
      .map((row) => SCHEMAS[table].safeParse(row))
      .flatMap((result, index) =>
        result.success
          ? []
          : [
              `${table}[${index}]: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
            ],
      );
    expect(failures).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('holds about 60 projects and 200 people, with every stage and every terminal state', () => {
    expect(demo.projects).toHaveLength(60);
    expect(demo.people).toHaveLength(200);
    const seen = new Set(demo.projects.map((project) => `${project.stage}/${project.status}`));
    for (const stage of ['enquiry', 'onboarding', 'setup', 'access', 'active', 'closure'])
      expect(seen).toContain(`${stage}/open`);
    for (const status of ['declined', 'withdrawn', 'closed'])
      expect([...seen].some((key) => key.endsWith(`/${status}`))).toBe(true);
  });

  it('gives unique ids, e-mail addresses and increasing references', () => {
    const ids = Object.values(demo).flatMap((rows) =>
      ([] as { id: string }[]).concat(rows).map((row) => row.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(demo.people.map((person) => person.email)).size).toBe(demo.people.length);
    const references = demo.projects.map((project) => project.reference);
    expect(new Set(references).size).toBe(references.length);
    expect(references[0]).toMatch(/^DSH-\d{4}-001$/);
  });

  it('has NHS DSA training that is valid, expiring within 30 days, and expired on its day', () => {
    const dsa = demo.trainingRecords.filter((record) => record.kind === 'nhs-dsa-level-1');
    const daysLeft = dsa.map((record) => (Date.parse(record.expiresOn!) - Date.parse(TODAY)) / 86_400_000);
    expect(daysLeft.filter((days) => days < 0).length).toBeGreaterThan(0);
    expect(daysLeft.filter((days) => days >= 0 && days <= 30).length).toBeGreaterThan(0);
    expect(daysLeft.filter((days) => days > 30).length).toBeGreaterThan(0);
  });

  it('books only ready members, one per person per session, within the seats', () => {
    const active = demo.bookings.filter((booking) => booking.status === 'booked');
    expect(active.length).toBeGreaterThan(20);
    const perSession = new Map<string, number>();
    const perPerson = new Set<string>();
    for (const booking of active) {
      const key = `${booking.date}|${booking.sessionId}`;
      perSession.set(key, (perSession.get(key) ?? 0) + 1);
      expect(perPerson.has(`${key}|${booking.personId}`)).toBe(false);
      perPerson.add(`${key}|${booking.personId}`);
      const membership = demo.memberships.find(
        (m) => m.projectId === booking.projectId && m.personId === booking.personId,
      )!;
      const trainings = demo.trainingRecords.filter((record) => record.personId === booking.personId);
      expect(readinessOf(membership, trainings, booking.date).state).not.toBe('not-ready');
    }
    const seats = new Map(demo.sessionTemplates.map((session) => [session.id, session.seats]));
    for (const [key, count] of perSession) expect(count).toBeLessThanOrEqual(seats.get(key.split('|')[1]!)!);
    const blackouts = new Set(demo.blackoutDates.map((day) => day.date));
    expect(active.filter((booking) => blackouts.has(booking.date))).toEqual([]);
  });

  it('issues a certificate with a matching fingerprint for every closed project, with non-Latin names intact', () => {
    const closed = demo.projects.filter((project) => project.status === 'closed');
    expect(demo.certificates.map((certificate) => certificate.projectId).sort()).toEqual(
      closed.map((project) => project.id).sort(),
    );
    for (const certificate of demo.certificates)
      expect(certificate.fingerprint).toBe(certificateFingerprint(certificate.content));
    expect(demo.people.some((person) => /[^\x20-\x7e]/.test(person.name))).toBe(true);
  });
});

describe('case officers in the demo', () => {
  it('are the officer who led each discussed project’s initial discussion, and fit an existing team', () => {
    const discussed = demo.projects.filter((project) => project.discussion);
    expect(discussed.length).toBeGreaterThan(0);
    for (const project of demo.projects) {
      expect(project.caseOfficerId).toBe(project.discussion?.staffIds[0]);
    }
    const helen = demo.staffMembers.find((member) => member.name === 'Helen Carter')!;
    const existing = { id: '11111111-1111-4111-8111-111111111111', email: helen.email };
    const fitted = withExistingStaff(demo, [existing]);
    expect(fitted.projects.filter((p) => p.caseOfficerId === existing.id)).toHaveLength(
      demo.projects.filter((p) => p.caseOfficerId === helen.id).length,
    );
  });
});

describe('fitting the demo to an existing team', () => {
  it('does not add a demo staff member who is already in the team, and points their records at the existing one', () => {
    const helen = demo.staffMembers.find((member) => member.name === 'Helen Carter')!;
    const existing = { id: '11111111-1111-4111-8111-111111111111', email: helen.email.toUpperCase() };
    const fitted = withExistingStaff(demo, [existing]);
    expect(fitted.staffMembers.map((member) => member.name)).not.toContain('Helen Carter');
    expect(fitted.staffMembers).toHaveLength(demo.staffMembers.length - 1);
    const text = canonicalJson(fitted);
    expect(text).not.toContain(helen.id);
    expect(text).toContain(existing.id);
    expect(fitted.projects).toHaveLength(demo.projects.length);
  });

  it('leaves the data set as it is when nobody matches', () => {
    expect(
      withExistingStaff(demo, [{ id: '11111111-1111-4111-8111-111111111111', email: 'someone@else.org' }]),
    ).toBe(demo);
  });
});
