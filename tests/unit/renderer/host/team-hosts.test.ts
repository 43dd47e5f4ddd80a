/**
 * Team sync through each host: a plain browser tab has no team server (its CSP keeps connect-src 'self') and
 * says where sync works; the desktop host hands every team call to the bridge as it is.
 */
import type { DshBridge } from '../../../../shared/contract/bridge';
import {
  TeamAllocateResultSchema,
  TeamChangesResultSchema,
  TeamConnectionResultSchema,
  TeamGetDocResultSchema,
  TeamPushResultSchema,
} from '../../../../shared/contract/team-payloads';
import { createBrowserTeam } from '../../../../renderer/host/browser-team';
import { createElectronHost } from '../../../../renderer/host/electron-host';

const needsDesktop = {
  ok: false,
  kind: 'not-configured',
  message: 'Team sync needs the DSH Desk desktop app.',
};

describe('in a plain browser', () => {
  const team = createBrowserTeam();

  it('reads as not signed in to a team server', async () => {
    const answer = await team.teamConnection();
    expect(answer).toEqual({ ok: true, value: { configured: false } });
    expect(TeamConnectionResultSchema.parse(answer)).toEqual(answer);
  });

  it('answers every team call with “not-configured”, saying it needs the desktop app', async () => {
    const signIn = { url: 'https://couch.example.org', database: 'dsh', username: 'ada', password: 'pw' };
    await expect(team.teamSignIn(signIn)).resolves.toEqual(needsDesktop);
    const push = await team.teamPush({ docs: [{ _id: 'person:1' }] });
    expect(TeamPushResultSchema.parse(push)).toEqual(needsDesktop);
    const changes = await team.teamChanges({ since: '0', limit: 10 });
    expect(TeamChangesResultSchema.parse(changes)).toEqual(needsDesktop);
    const doc = await team.teamGetDoc({ id: 'person:1' });
    expect(TeamGetDocResultSchema.parse(doc)).toEqual(needsDesktop);
    const number = await team.teamAllocate({ series: 'certificate', year: 2026 });
    expect(TeamAllocateResultSchema.parse(number)).toEqual(needsDesktop);
    await expect(team.teamLeave()).resolves.toEqual({ ok: true });
  });
});

it('the desktop host forwards each team call to the bridge unchanged', async () => {
  const calls: Array<[string, unknown]> = [];
  const bridge = new Proxy({} as DshBridge, {
    get: (_target, name: string) => async (input?: unknown) => {
      calls.push([name, input]);
      return { ok: true, value: name };
    },
  });
  const host = createElectronHost(bridge);
  const signIn = { url: 'https://couch.example.org', database: 'dsh', username: 'ada', password: 'pw' };
  await host.teamConnection();
  await host.teamSignIn(signIn);
  await host.teamLeave();
  await host.teamPush({ docs: [{ _id: 'person:1' }] });
  await host.teamChanges({ since: '7', limit: 10 });
  await host.teamGetDoc({ id: 'person:1', revs: ['1-a'] });
  await host.teamAllocate({ series: 'project', year: 2026, above: 14 });
  expect(calls).toEqual([
    ['teamConnection', undefined],
    ['teamSignIn', signIn],
    ['teamLeave', undefined],
    ['teamPush', { docs: [{ _id: 'person:1' }] }],
    ['teamChanges', { since: '7', limit: 10 }],
    ['teamGetDoc', { id: 'person:1', revs: ['1-a'] }],
    ['teamAllocate', { series: 'project', year: 2026, above: 14 }],
  ]);
});
