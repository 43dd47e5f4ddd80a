/** Fits the demo data set to a database that already has its own staff (the person who just signed in). */
import type { StaffMember } from '../domain';
import type { DemoDataSet } from './generate';

function replaceIds<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (typeof value === 'string') return (ids.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((item) => replaceIds(item, ids)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceIds(item, ids)])) as T;
  }
  return value;
}

/**
 * Demo staff who are already in the team (same e-mail address) are not added again: every demo record that
 * names them names the existing staff member instead.
 */
export function withExistingStaff(
  data: DemoDataSet,
  existing: readonly Pick<StaffMember, 'id' | 'email'>[],
): DemoDataSet {
  const byEmail = new Map(existing.map((member) => [member.email.toLowerCase(), member.id]));
  const ids = new Map<string, string>();
  for (const member of data.staffMembers) {
    const id = byEmail.get(member.email.toLowerCase());
    if (id) ids.set(member.id, id);
  }
  if (ids.size === 0) return data;
  const kept = { ...data, staffMembers: data.staffMembers.filter((member) => !ids.has(member.id)) };
  return replaceIds(kept, ids);
}
