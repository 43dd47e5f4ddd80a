/**
 * The first-run setup: how far a new installation is from onboarding its first project (organisation,
 * staff, applications, connection types, bookable sessions), and the starter catalogue it can add in one
 * step. Catalogues are tens of rows, so counting them whole is cheap.
 */
import {
  STARTER_CONNECTION_TYPES,
  sameCatalogueName,
  starterWeek,
  type ConnectionType,
  type SessionTemplate,
} from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { WriteContext } from '../write/context';
import { addConnectionType, addSessionTemplate } from './catalogues';
import { SETTINGS_ID } from './settings';

/** One step of the setup and whether it is done. */
export interface SetupStep {
  id: 'organisation' | 'staff' | 'applications' | 'connections' | 'sessions';
  done: boolean;
}

/** Where the installation stands. */
export interface SetupProgress {
  steps: SetupStep[];
  /** Steps done, of `steps.length`. */
  done: number;
  /** True when nothing at all has been set up or recorded (a fresh installation). */
  untouched: boolean;
}

/** Where the installation stands on each setup step. */
export async function setupProgress(db: DshDatabase): Promise<SetupProgress> {
  const [settings, staff, applications, connections, sessions, projects] = await Promise.all([
    db.settings.get(SETTINGS_ID),
    db.staffMembers.filter((member) => member.active).count(),
    db.applications.filter((application) => application.active).count(),
    db.connectionTypes.toArray(),
    db.sessionTemplates.filter((session) => session.active).count(),
    db.projects.count(),
  ]);
  const offered = connections.filter((connection) => connection.active);
  // Sessions matter only when a connection offered is booked (the core connection).
  const bookingNeeded = offered.some((connection) => connection.needsBooking);
  const steps: SetupStep[] = [
    { id: 'organisation', done: settings !== undefined },
    { id: 'staff', done: staff > 0 },
    { id: 'applications', done: applications > 0 },
    { id: 'connections', done: offered.length > 0 },
    { id: 'sessions', done: offered.length > 0 && (!bookingNeeded || sessions > 0) },
  ];
  const done = steps.filter((step) => step.done).length;
  return { steps, done, untouched: done === 0 && projects === 0 && connections.length === 0 };
}

/** Adds those of the usual three connection types not already on the costing page (by name), in one go. */
export function addStarterConnectionTypes(ctx: WriteContext): Promise<ConnectionType[]> {
  const { db } = ctx;
  return db.transaction('rw', [db.connectionTypes, db.auditEvents, db.meta], async () => {
    const existing = await db.connectionTypes.toArray();
    const missing = STARTER_CONNECTION_TYPES.filter(
      (starter) => !existing.some((connection) => sameCatalogueName(connection.name, starter.name)),
    );
    const added: ConnectionType[] = [];
    for (const connection of missing) added.push(await addConnectionType(ctx, connection));
    return added;
  });
}

/** Adds a normal week of sessions (morning and afternoon, Monday to Friday) when there are none yet. */
export function addStarterWeek(ctx: WriteContext): Promise<SessionTemplate[]> {
  const { db } = ctx;
  return db.transaction('rw', [db.sessionTemplates, db.auditEvents, db.meta], async () => {
    if ((await db.sessionTemplates.count()) > 0) return [];
    const added: SessionTemplate[] = [];
    for (const session of starterWeek()) added.push(await addSessionTemplate(ctx, session));
    return added;
  });
}
