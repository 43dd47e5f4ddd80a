/** The audit log's anchor outside the database, as the host keeps it, ready for verification. */
import type { OutsideAnchor } from './verify';
import type { Host } from '../../host';

/** Reads the host's anchor; an unreadable one is kept as the error, so verification can say so. */
export async function readOutsideAnchor(host: Host): Promise<OutsideAnchor> {
  const where = host.kind === 'electron' ? "this computer's DSH Desk data folder" : "this browser's storage";
  try {
    return { where, anchors: await host.readAuditAnchors() };
  } catch (error) {
    return { where, anchors: error instanceof Error ? error : new Error(String(error)) };
  }
}
