import { trainingCompliance } from '../../../../shared/domain/reports';
import { IDS, TODAY, aMembership, fixtureId, recordBase } from '../../../helpers/domain-fixtures';
import { inDays, leadTrainedUntil, projectIn } from './fixtures';

const [lead, analyst, third, fourth] = [IDS.lead, IDS.analyst, fixtureId(103), fixtureId(104)];
const projectA = projectIn('active', { reference: 'DSH-2026-001', title: 'A' });
const projectB = projectIn('setup', { ...recordBase(fixtureId(2)), reference: 'DSH-2026-002', title: 'B' });
const projectC = projectIn('onboarding', {
  ...recordBase(fixtureId(3)),
  reference: 'DSH-2026-003',
  title: 'C',
});

const member = (n: number, personId: string, projectId: string, extra = {}) =>
  aMembership({ ...recordBase(fixtureId(n)), personId, projectId, ...extra });
const memberships = [
  member(501, lead, projectA.id), // ready
  member(502, analyst, projectA.id), // expiring: DSA lapses in 10 days
  member(503, third, projectA.id, { accessForm: undefined, accessGranted: undefined }), // no training, no form
  member(504, fourth, projectA.id, { accessRevoked: { on: '2026-11-01', by: IDS.officer } }), // not counted
  member(505, fourth, projectB.id, { accessForm: undefined, accessGranted: undefined }), // trained, no access yet
  member(506, lead, projectC.id), // onboarding: not live
];
const trainings = [
  ...leadTrainedUntil('2027-06-30', lead),
  ...leadTrainedUntil(inDays(10), analyst).map((t, i) => ({ ...t, id: fixtureId(630 + i) })),
  ...leadTrainedUntil('2027-06-30', fourth).map((t, i) => ({ ...t, id: fixtureId(640 + i) })),
];

describe('training compliance', () => {
  const result = trainingCompliance([projectC, projectB, projectA], memberships, trainings, TODAY);

  it('counts the current members of live projects by readiness, overall', () => {
    expect(result.overall).toEqual({
      members: 4,
      ready: 1,
      expiring: 1,
      notReady: 2,
      trained: 3,
      readyShare: 0.25,
      expiringShare: 0.25,
      notReadyShare: 0.5,
      trainedShare: 0.75,
    });
  });

  it('and per live project, by reference', () => {
    expect(
      result.table.rows.map(({ reference, members, ready, expiring, notReady, trained }) => [
        reference,
        members,
        ready,
        expiring,
        notReady,
        trained,
      ]),
    ).toEqual([
      ['DSH-2026-001', 3, 1, 1, 1, 2],
      ['DSH-2026-002', 1, 0, 0, 1, 1],
    ]);
    expect(result.table.rows[1]).toMatchObject({ stage: 'setup', notReadyShare: 1, trainedShare: 1 });
  });

  it('gives no shares, never NaN, for no members', () => {
    const empty = trainingCompliance([projectA], [], [], TODAY);
    expect(empty.overall).toEqual({
      members: 0,
      ready: 0,
      expiring: 0,
      notReady: 0,
      trained: 0,
      readyShare: null,
      expiringShare: null,
      notReadyShare: null,
      trainedShare: null,
    });
    expect(empty.table.rows).toHaveLength(1);
    expect(trainingCompliance([], [], [], TODAY).table.rows).toEqual([]);
  });
});
