/**
 * Rendering the certificate screens as the app does: a fresh database, a signed-in staff member, a host
 * that records every file it is asked to save, and a data router with the certificate routes. Records a
 * test needs are written straight into the tables; the screens write through the repositories.
 */
import { configure, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { SaveFileRequest } from '../../../../../shared/contract/payloads';
import type { ClosureRecord, Project, StaffMember } from '../../../../../shared/domain';
import { addStaffMember, actorOf } from '../../../../../renderer/db/repositories/staff';
import { CertificatesPage } from '../../../../../renderer/features/certificates/CertificatesPage';
import { IssueCertificatePage } from '../../../../../renderer/features/certificates/IssueCertificatePage';
import { createBrowserHost } from '../../../../../renderer/host/browser-host';
import type { Host } from '../../../../../renderer/host';
import { aClosureRecord, aPerson, aProject } from '../../../../helpers/domain-fixtures';
import { renderInApp } from '../../../../helpers/render-in-app';
import { freshDb, staffForm, type TestDb } from '../../db/db-fixtures';

// Live queries over fake-indexeddb answer quickly, but PDFs take a few seconds on a loaded machine.
configure({ asyncUtilTimeout: 15_000 });

// The test environment lends jsdom Node's TextEncoder, whose bytes are a Uint8Array of Node's realm, not
// of this window's: pdf-lib's `instanceof Uint8Array` then fails on them (in a browser there is one realm).
// An encoder whose bytes belong to this realm, for the certificate record embedded in each PDF.
class RealmTextEncoder extends TextEncoder {
  override encode(input?: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(super.encode(input));
  }
}
globalThis.TextEncoder = RealmTextEncoder;

// jsdom's File has no arrayBuffer() (every browser's has): read it with a FileReader instead.
if (typeof Blob.prototype.arrayBuffer !== 'function') {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
      reader.readAsArrayBuffer(this);
    });
  };
}

/** A host that "saves" every file into `saved` (as the desktop's save dialog would, to /home/officer). */
export type RecordingHost = Host & { saved: SaveFileRequest[] };

function recordingHost(): RecordingHost {
  const saved: SaveFileRequest[] = [];
  return {
    ...createBrowserHost(),
    kind: 'electron',
    saved,
    saveFile: async (request) => {
      saved.push(request);
      return { status: 'saved', path: `/home/officer/${request.suggestedName}` };
    },
  };
}

/** A test's database, the staff member signed in and the host. */
export interface CertificateHarness extends TestDb {
  staff: StaffMember;
  host: RecordingHost;
}

/** A fresh database with Sam Officer in the team, signed in. */
export async function harness(): Promise<CertificateHarness> {
  const t = await freshDb();
  const staff = await addStaffMember(t.ctx, staffForm());
  return { ...t, ctx: { db: t.db, actor: actorOf(staff, 'sam') }, staff, host: recordingHost() };
}

/** Renders `ui` (at `path`) with the certificate routes, inside the app's services. */
export function renderCertificateScreens(
  h: CertificateHarness,
  path: string,
  ui?: ReactElement,
): RenderResult {
  return renderInApp({
    services: { db: h.db, host: h.host, persistence: 'unsupported', osUserName: 'sam' },
    staffMember: h.staff,
    actor: h.ctx.actor,
    routes: [
      { path: 'projects/:projectId/certificate', element: <IssueCertificatePage /> },
      { path: 'certificates', element: <CertificatesPage /> },
      { path: '*', element: ui ?? <p>Another page</p> },
    ],
    url: path,
  });
}

/**
 * DSH-2026-014 in Closure with lead researcher Łukasz Żółć and no members to revoke; its closure checklist is
 * `closure` (complete by default; null: not started).
 */
export async function closingProject(
  h: CertificateHarness,
  closure: ClosureRecord | null = aClosureRecord(),
): Promise<Project> {
  const project = aProject({
    stage: 'closure',
    stageEnteredAt: { enquiry: '2026-02-01', closure: '2026-11-01' },
    closureStart: { startedOn: '2026-11-01', reason: 'end-date-reached' },
  });
  await h.db.projects.add(project);
  await h.db.people.add(aPerson({ name: 'Łukasz Żółć' }));
  if (closure) await h.db.closureRecords.add(closure);
  return project;
}
