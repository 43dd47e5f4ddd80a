import { actorWords, staffOfAccount } from '../../../../shared/audit/who';
import { aStaffMember, fixtureId } from '../../../helpers/domain-fixtures';

const staff = [
  aStaffMember({ name: 'Kit Peer', email: 'kit@dsh.example.ac.uk', teamAccount: 'kit.peer' }),
  aStaffMember({ id: fixtureId(202), name: 'Pat Manager', email: 'pat@dsh.example.ac.uk' }),
];
const actor = { staffId: fixtureId(999), staffName: 'Chosen On Screen', osUser: 'someone' };

describe('who the team timeline says made an event', () => {
  it('names the staff member whose team account signed the event in, whatever name was chosen', () => {
    expect(actorWords({ ...actor, account: 'Kit.Peer ' }, staff)).toEqual({
      name: 'Kit Peer',
      account: 'Kit.Peer ',
    });
  });

  it('falls back to a staff member’s work e-mail address, then to the account itself', () => {
    expect(actorWords({ ...actor, account: 'pat@dsh.example.ac.uk' }, staff).name).toBe('Pat Manager');
    expect(actorWords({ ...actor, account: 'unknown.officer' }, staff)).toEqual({
      name: 'unknown.officer',
      account: 'unknown.officer',
    });
  });

  it('names the staff member chosen on screen when no team account was signed in (solo mode)', () => {
    expect(actorWords(actor, staff)).toEqual({ name: 'Chosen On Screen' });
    expect(staffOfAccount('', [aStaffMember({ teamAccount: '' })])).toBeUndefined();
  });
});
