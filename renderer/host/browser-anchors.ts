/**
 * The audit log's anchor in a plain browser tab: kept in the page's local storage, a store apart from the
 * IndexedDB database it anchors, under the same rules as the desktop app's file (shared/audit/head.ts).
 */
import { nextAnchors, parseAuditAnchors, type AuditAnchors } from '../../shared/audit/head';
import type { Host } from './host';

/** The local-storage key; never rename it (the anchor of every browser profile lives under it). */
export const BROWSER_ANCHOR_KEY = 'dsh-desk.audit-anchor';

type BrowserAnchors = Pick<Host, 'readAuditAnchors' | 'recordAuditAnchor'>;

function read(storage: Storage): AuditAnchors | null {
  const text = storage.getItem(BROWSER_ANCHOR_KEY);
  if (text === null) return null;
  const anchors = parseAuditAnchors(text);
  if (!anchors) {
    throw new Error("This browser's record of the audit log is damaged: it was changed outside DSH Desk.");
  }
  return anchors;
}

/** The anchor operations of the browser host, over `storage` (the page's localStorage). */
export function createBrowserAnchors(storage: Storage): BrowserAnchors {
  return {
    readAuditAnchors: async () => read(storage),
    recordAuditAnchor: async (request) => {
      const next = nextAnchors(read(storage), request, new Date().toISOString());
      if (!next.ok) throw new Error(`The audit log's record was not moved: ${next.problem}.`);
      storage.setItem(BROWSER_ANCHOR_KEY, JSON.stringify(next.anchors));
      return next.anchors;
    },
  };
}
