import { UNKNOWN_OS_USER, osUserName } from '../../../electron/services/os-user';

describe('osUserName', () => {
  it('is the name the operating system gives for the logged-in account', () => {
    expect(osUserName(() => ({ username: 'hcarter' }), {})).toBe('hcarter');
  });

  it('falls back to USERNAME (Windows) and then USER when the account has no password-database entry', () => {
    const throws = () => {
      throw new Error('ENOENT: no such file or directory, uv_os_get_passwd');
    };
    expect(osUserName(throws, { USERNAME: 'HCarter', USER: 'other' })).toBe('HCarter');
    expect(osUserName(throws, { USER: 'hcarter' })).toBe('hcarter');
  });

  it('is never empty, so every audit event stays valid', () => {
    expect(osUserName(() => ({ username: '  ' }), { USER: '' })).toBe(UNKNOWN_OS_USER);
  });
});
