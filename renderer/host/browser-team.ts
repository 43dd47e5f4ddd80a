/**
 * Team sync in a plain browser tab: there is none. The page's CSP keeps `connect-src 'self'`, so a tab cannot
 * talk to a team server, and it has no main process to keep a password in. The browser reads as solo (not
 * signed in), and every other team operation answers `not-configured` in words that say where it works.
 */
import type { TeamFailure } from '../../shared/contract/team-payloads';
import type { Host } from './host';

type BrowserTeam = Pick<
  Host,
  | 'teamConnection'
  | 'teamSignIn'
  | 'teamLeave'
  | 'teamPush'
  | 'teamChanges'
  | 'teamGetDoc'
  | 'teamAllocate'
  | 'teamWaitForChanges'
  | 'teamUploadEvidence'
  | 'teamFetchEvidence'
>;

/** What every team operation but `teamConnection` answers in a browser. */
export const BROWSER_NO_TEAM: TeamFailure = {
  ok: false,
  kind: 'not-configured',
  message: 'Team sync needs the DSH Desk desktop app.',
};

/** The team operations of the browser host. */
export function createBrowserTeam(): BrowserTeam {
  return {
    teamConnection: async () => ({ ok: true, value: { configured: false } }),
    teamSignIn: async () => BROWSER_NO_TEAM,
    // Nothing is kept in a browser, so there is nothing to forget.
    teamLeave: async () => ({ ok: true }),
    teamPush: async () => BROWSER_NO_TEAM,
    teamChanges: async () => BROWSER_NO_TEAM,
    teamGetDoc: async () => BROWSER_NO_TEAM,
    teamAllocate: async () => BROWSER_NO_TEAM,
    teamWaitForChanges: async () => BROWSER_NO_TEAM,
    // A tab keeps no evidence files (browser-evidence.ts), and has no team to move them through.
    teamUploadEvidence: async () => BROWSER_NO_TEAM,
    teamFetchEvidence: async () => BROWSER_NO_TEAM,
  };
}
