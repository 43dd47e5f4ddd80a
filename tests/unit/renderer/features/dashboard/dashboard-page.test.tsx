/**
 * The dashboard rendered over the demo data, as the app renders it: its pipeline and the counts of its
 * action groups are those of the pure figures over the whole data set, and acknowledging takes an item off.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { londonToday } from '../../../../../shared/dates';
import { generateDemoData, withExistingStaff } from '../../../../../shared/demo';
import { actionItems, pipeline } from '../../../../../shared/domain/reports';
import { AppContext, type AppServices } from '../../../../../renderer/app/app-context';
import { CurrentStaffContext } from '../../../../../renderer/app/current-staff';
import { loadDataSet } from '../../../../../renderer/db/data-set-loader';
import { addStaffMember } from '../../../../../renderer/db/repositories/staff';
import { ACTION_GROUPS } from '../../../../../renderer/components/actions/action-groups';
import { DashboardPage } from '../../../../../renderer/features/dashboard/DashboardPage';
import type { Host } from '../../../../../renderer/host';
import { freshDb, staffForm, type TestDb } from '../../db/db-fixtures';

// jsdom has no fetch API; a data router builds a Request per navigation and reads only its URL and signal.
if (typeof globalThis.Request === 'undefined') {
  globalThis.Request = class {
    readonly url: string;
    readonly method = 'GET';
    readonly signal = new AbortController().signal;
    constructor(input: string | URL) {
      this.url = String(input);
    }
  } as unknown as typeof Request;
}

const today = londonToday();

async function demoDb(): Promise<{ t: TestDb; demo: ReturnType<typeof generateDemoData> }> {
  const fresh = await freshDb();
  const officer = await addStaffMember(fresh.ctx, staffForm());
  const t = { ...fresh, ctx: { ...fresh.ctx, actor: { ...fresh.ctx.actor, staffId: officer.id } } };
  const demo = withExistingStaff(generateDemoData({ today }), [officer]);
  await loadDataSet(t.ctx, demo);
  return { t, demo };
}

async function renderDashboard(t: TestDb) {
  const staffMember = (await t.db.staffMembers.get(t.ctx.actor.staffId))!;
  const host = { kind: 'browser', openExternal: jest.fn() } as unknown as Host;
  const services: AppServices = { db: t.db, host, persistence: 'persisted', osUserName: 'sam' };
  const router = createMemoryRouter([{ path: '/dashboard', element: <DashboardPage /> }], {
    initialEntries: ['/dashboard'],
  });
  const view = render(
    <AppContext.Provider value={services}>
      <CurrentStaffContext.Provider
        value={{ staffMember, actor: t.ctx.actor, change: () => Promise.resolve() }}
      >
        <RouterProvider router={router} />
      </CurrentStaffContext.Provider>
    </AppContext.Provider>,
  );
  await waitFor(() => expect(view.container.querySelector('[data-dashboard-state="ready"]')).not.toBeNull(), {
    timeout: 20_000,
  });
  // The demo data names no case officers: the whole team's work is under "Everyone".
  await userEvent.click(screen.getByRole('radio', { name: 'Everyone' }));
  // The pipeline follows the switch: the whole team's figures are read afresh.
  await waitFor(() => expect(view.container.querySelector('[data-dashboard-state="ready"]')).not.toBeNull(), {
    timeout: 20_000,
  });
  return view;
}

describe('the dashboard over the demo data', () => {
  jest.setTimeout(60_000);

  it('shows the pipeline and the action groups of the figures over the whole data set', async () => {
    const { t, demo } = await demoDb();
    const { container } = await renderDashboard(t);
    const expected = pipeline(demo.projects);
    for (const [stage, count] of Object.entries(expected.byStage)) {
      expect(container.querySelector(`[data-stage="${stage}"] .pipeline-count`)).toHaveTextContent(
        String(count),
      );
    }
    const items = actionItems(
      {
        projects: demo.projects,
        people: demo.people,
        memberships: demo.memberships,
        trainings: demo.trainingRecords,
        connectionTypes: demo.connectionTypes,
        bookings: demo.bookings,
        sessionTemplates: demo.sessionTemplates,
        changeRequests: demo.changeRequests,
        applications: demo.applications,
        settings: demo.settings,
      },
      today,
    );
    for (const group of ACTION_GROUPS.filter((candidate) => candidate.id !== 'bookings')) {
      const count = items.filter((item) => group.kinds.includes(item.kind)).length;
      const shown = container.querySelector(`[data-group="${group.id}"] .action-group-count`);
      expect([group.id, shown?.textContent ?? '0']).toEqual([group.id, String(count)]);
    }
    t.db.close();
  });

  it('takes an acknowledged item off the list, says so, and stores who acknowledged it', async () => {
    const { t } = await demoDb();
    const { container } = await renderDashboard(t);
    const first = container.querySelector<HTMLElement>('.action-item[data-kind^="dsa-"]')!;
    const itemId = first.dataset.itemId!;
    await userEvent.click(within(first).getByRole('button', { name: /^Acknowledge: / }));
    expect(await screen.findByText(/^Acknowledged: /)).toBeInTheDocument();
    await waitFor(() => expect(container.querySelector(`[data-item-id="${itemId}"]`)).toBeNull());
    expect(await t.db.acknowledgements.get(itemId)).toMatchObject({ staffName: 'Sam Officer' });
    t.db.close();
  });
});
