/**
 * A TeamSync for component tests: fixed state the test chooses, and every call recorded (or refused with a
 * message), so a test asserts what the officer sees and what the screen asked of team sync.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { TeamConnection, TeamSignIn } from '../../../../../shared/contract/team-payloads';
import { TeamSyncContext } from '../../../../../renderer/sync/context';
import type { ConflictChoices, ConflictRow, SyncStatus, TeamSync } from '../../../../../renderer/sync/types';

/** What the screen asked. */
export interface TeamSyncCalls {
  signIn: TeamSignIn[];
  leave: number;
  syncNow: number;
  setPaused: boolean[];
  resolveConflict: [string, ConflictChoices][];
}

/** The state and refusals a test sets up. */
export interface DoubleOptions {
  status?: Partial<SyncStatus>;
  connection?: TeamConnection;
  conflicts?: ConflictRow[];
  /** Projects with provisional references, and what leaving makes of them. */
  provisionalReferences?: number;
  numberedOnLeaving?: { projectId: string; from: string; to: string }[];
  /** Methods that throw this message (as the provider does when the server says no). */
  refuse?: Partial<Record<'signIn' | 'leave' | 'syncNow' | 'resolveConflict', string>>;
}

/** A connected workstation, as the main process would describe it. */
export const CONNECTED: Extract<TeamConnection, { configured: true }> = {
  configured: true,
  url: 'https://dsh-sync.example.ac.uk:6984',
  database: 'dsh-desk',
  username: 'alex.reed',
  roles: ['dsh-staff', 'dsh-managers'],
  since: '2026-12-06T09:15:00.000Z',
  passwordKept: 'Protected by the operating system’s key store',
};

/** The double and its call log. */
export function teamSyncDouble(options: DoubleOptions = {}): { sync: TeamSync; calls: TeamSyncCalls } {
  const calls: TeamSyncCalls = { signIn: [], leave: 0, syncNow: 0, setPaused: [], resolveConflict: [] };
  const refuse = options.refuse ?? {};
  const answer = async (method: keyof typeof refuse) => {
    const message = refuse[method];
    if (message !== undefined) throw new Error(message);
  };
  const connection = options.connection ?? { configured: false };
  const sync: TeamSync = {
    status: { phase: 'solo', pending: 0, conflicts: 0, quarantined: 0, ...options.status },
    connection,
    conflicts: options.conflicts ?? [],
    provisionalReferences: options.provisionalReferences ?? 0,
    async signIn(input) {
      calls.signIn.push(input);
      await answer('signIn');
      return connection;
    },
    async leave() {
      calls.leave += 1;
      await answer('leave');
      return options.numberedOnLeaving ?? [];
    },
    async syncNow() {
      calls.syncNow += 1;
      await answer('syncNow');
    },
    setPaused(paused) {
      calls.setPaused.push(paused);
    },
    async resolveConflict(docId, choices) {
      calls.resolveConflict.push([docId, choices]);
      await answer('resolveConflict');
    },
  };
  return { sync, calls };
}

/** Renders `ui` under a memory router at `path`, inside a provider of `sync` (none when null). */
export function renderWithSync(ui: ReactElement, sync: TeamSync | null, path = '/'): RenderResult {
  const routed = <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>;
  return render(sync ? <TeamSyncContext.Provider value={sync}>{routed}</TeamSyncContext.Provider> : routed);
}
