/**
 * Renders a screen as the app does: the services (a fresh fake-indexeddb database, a host whose
 * openExternal is recorded), a signed-in officer, and a data router (forms use its blocker).
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { Project } from '../../../../../shared/domain';
import { useParams } from 'react-router';
import type { AppServices } from '../../../../../renderer/app/app-context';
import type { Host } from '../../../../../renderer/host';
import { renderInApp, type RenderedInApp } from '../../../../helpers/render-in-app';
import type { TestDb } from '../../db/db-fixtures';
import { appDb } from './app-harness-db';

export * from './app-harness-db';

/** A rendered screen, its database and what the host was asked to open. */
export interface Harness extends TestDb {
  openExternal: jest.Mock;
  router: RenderedInApp['router'];
}

function ProjectPageStub() {
  const { projectId } = useParams();
  return <h1>Project page {projectId}</h1>;
}

/** Renders `element` at `path` (initially `url`) in the app's contexts; other project pages are stubs. */
export async function renderScreen(
  element: ReactElement,
  { path = '/', url = path, t }: { path?: string; url?: string; t?: TestDb } = {},
): Promise<Harness> {
  const testDb = t ?? (await appDb());
  const staffMember = (await testDb.db.staffMembers.get(testDb.ctx.actor.staffId))!;
  const openExternal = jest.fn().mockResolvedValue({ ok: true });
  const host = { kind: 'browser', openExternal } as unknown as Host;
  const services: AppServices = { db: testDb.db, host, persistence: 'persisted', osUserName: 'sam' };
  const { router } = renderInApp({
    services,
    staffMember,
    actor: testDb.ctx.actor,
    routes: [
      { path, element },
      ...(path === '/projects/:projectId'
        ? []
        : [{ path: '/projects/:projectId', element: <ProjectPageStub /> }]),
      { path: '*', element: <h1>Elsewhere</h1> },
    ],
    url,
  });
  return { ...testDb, openExternal, router };
}

/** A user who fills fields by pasting (typing key by key is slow in jsdom and tests nothing more here). */
export function officer() {
  const user = userEvent.setup();
  return Object.assign(user, {
    /** Replaces the value of the field labelled `label`. */
    fill: async (label: string | RegExp, text: string) => {
      const field = screen.getByLabelText(label);
      await user.clear(field);
      if (text) {
        await user.click(field);
        await user.paste(text);
      }
    },
  });
}

/** The project as stored, read inside act() (live queries of the screen may answer meanwhile). */
export async function storedProject(t: Pick<TestDb, 'db'>, id: string): Promise<Project> {
  let project: Project | undefined;
  await act(async () => {
    project = await t.db.projects.get(id);
  });
  if (!project) throw new Error(`No project ${id} is stored.`);
  return project;
}
