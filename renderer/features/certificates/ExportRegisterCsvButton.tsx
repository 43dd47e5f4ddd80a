/**
 * "Export as CSV…": the projects register — every project, or those matching the register's filter, in its
 * order — as a CSV file (formula-safe, dates dd/MM/yyyy), saved through the host and audited.
 */
import { londonToday } from '../../../shared/dates';
import { projectRegisterCsv } from '../../../shared/documents/csv/project-register-csv';
import type { Project } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import type { DshDatabase } from '../../db/database';
import { registerIds, type RegisterQuery } from '../../db/repositories/project-register';
import { ExportOutcome } from '../../components/documents/ExportOutcome';
import { useExport } from '../../components/documents/document-files';
import './certificates.css';

/** The whole register in reference order, when no filter is given. */
const EVERY_PROJECT: RegisterQuery = { sort: 'reference', descending: false };

/** Projects read this many at a time, so a register of 10,000 is never one huge read. */
const CHUNK = 500;

/** The register's CSV bytes for `filter`, and how many projects it holds. */
export async function registerCsv(
  db: DshDatabase,
  filter: RegisterQuery,
): Promise<{ bytes: Uint8Array; count: number }> {
  const { ids } = await registerIds(db, filter);
  const projects: Project[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = await db.projects.bulkGet(ids.slice(i, i + CHUNK));
    projects.push(...chunk.filter((project): project is Project => project !== undefined));
  }
  const leadIds = [...new Set(projects.flatMap((p) => p.onboarding.leadResearcherId ?? []))];
  const leads = new Map<string, string>();
  for (let i = 0; i < leadIds.length; i += CHUNK) {
    for (const person of await db.people.bulkGet(leadIds.slice(i, i + CHUNK))) {
      if (person) leads.set(person.id, person.name);
    }
  }
  const connectionTypes = new Map((await db.connectionTypes.toArray()).map((type) => [type.id, type.name]));
  const staff = new Map((await db.staffMembers.toArray()).map((member) => [member.id, member.name]));
  const bytes = projectRegisterCsv(projects, {
    personName: (id) => leads.get(id),
    connectionTypeName: (id) => connectionTypes.get(id),
    staffName: (id) => staff.get(id),
  });
  return { bytes, count: projects.length };
}

/** Whether the filter narrows the register (a search, a stage, a status or a connection type). */
function isFiltered(filter: RegisterQuery): boolean {
  return Boolean(
    filter.search || filter.stage || filter.status || filter.connectionTypeId || filter.caseOfficerId,
  );
}

/** A button that saves the projects register (as filtered) as CSV, with the outcome under it. */
export function ExportRegisterCsvButton({ filter = EVERY_PROJECT }: { filter?: RegisterQuery }) {
  const { db } = useApp();
  const { outcome, run, busy } = useExport();
  const filtered = isFiltered(filter);

  const exportCsv = () =>
    run(async () => {
      const { bytes, count } = await registerCsv(db, filter);
      const today = londonToday();
      return {
        suggestedName: `DSH project register ${today}${filtered ? ' (filtered)' : ''}.csv`,
        kind: 'csv',
        bytes,
        record: {
          entity: 'database',
          entityId: 'project-register',
          document: filtered ? 'project register (filtered)' : 'project register',
          details: { projects: count },
        },
      };
    });

  return (
    <div className="export-control">
      <button type="button" className="button secondary" onClick={() => void exportCsv()} disabled={busy}>
        {filtered ? 'Export these projects as CSV…' : 'Export register as CSV…'}
      </button>
      <ExportOutcome outcome={outcome} what="Register" />
    </div>
  );
}
