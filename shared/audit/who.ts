/**
 * Who made an event, as the team timeline names them. In team mode an event records the account signed in
 * to the team server, which is what vouches for the person (the name chosen on screen does not): the staff
 * member whose team account (or work e-mail address) it is, else the account itself. Without an account
 * (solo mode, or events from before the team), the staff member chosen on that workstation.
 */
import type { AuditEvent, StaffMember } from '../domain';

/** How an event's author reads, and the account behind it when there is one. */
export interface ActorWords {
  name: string;
  account?: string;
}

const folded = (text: string | undefined) => text?.trim().toLowerCase() ?? '';

/** The staff member whose team account (or, failing that, work e-mail address) is `account`. */
export function staffOfAccount<S extends Pick<StaffMember, 'name' | 'email' | 'teamAccount'>>(
  account: string,
  staff: readonly S[],
): S | undefined {
  const wanted = folded(account);
  if (!wanted) return undefined;
  return (
    staff.find((member) => folded(member.teamAccount) === wanted) ??
    staff.find((member) => folded(member.email) === wanted)
  );
}

/** The name the timeline shows for `actor`, given the staff list. */
export function actorWords(
  actor: AuditEvent['actor'],
  staff: readonly Pick<StaffMember, 'name' | 'email' | 'teamAccount'>[],
): ActorWords {
  if (!actor.account) return { name: actor.staffName };
  const member = staffOfAccount(actor.account, staff);
  return { name: member?.name ?? actor.account, account: actor.account };
}
