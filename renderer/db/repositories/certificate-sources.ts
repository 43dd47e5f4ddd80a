/**
 * The records a certificate of deletion is built from (project, lead researcher, closure checklist, the
 * DSH's name, address and contact, its staff, the void certificate it replaces), gathered through indexes. The issue page shows the draft
 * they give, and the register rebuilds it inside the issuing transaction to refuse any other.
 */
import type { Table } from 'dexie';
import { unreplacedVoid, type Project, type ProjectFacts } from '../../../shared/domain';
import type { CertificateSources } from '../../../shared/documents/certificate/certificate-draft';
import type { DshDatabase } from '../database';
import { factTables } from './project-facts';
import { getSettings } from './settings';

/** The tables the sources are read from (for a transaction that gathers them). */
export function sourceTables(db: DshDatabase): Table[] {
  return [...factTables(db), db.staffMembers];
}

/** What the project's certificate is built from (inside the caller's transaction, when there is one). */
export async function certificateSourcesOf(
  db: DshDatabase,
  project: Project,
  facts: Pick<ProjectFacts, 'closure'>,
): Promise<CertificateSources> {
  const leadId = project.onboarding.leadResearcherId;
  const lead = leadId ? await db.people.get(leadId) : undefined;
  const { organisationName, organisationAddress, organisationContact } = await getSettings(db);
  const staff = await db.staffMembers.toArray();
  const replaced = unreplacedVoid(await db.certificates.where('projectId').equals(project.id).toArray());
  return {
    project,
    leadName: lead?.name,
    closure: facts.closure,
    organisationName,
    organisationAddress,
    organisationContact,
    staff,
    ...(replaced && { replaces: replaced.number }),
  };
}
