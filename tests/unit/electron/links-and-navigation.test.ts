import { externalLinkFor, isAllowedExternal } from '../../../electron/services/external-links';
import { isAllowedNavigation } from '../../../electron/services/navigation';

describe('links that may leave the app', () => {
  it.each([
    ['mailto:ada@example.ac.uk', 'mailto:ada@example.ac.uk'],
    [
      'mailto:ada@example.ac.uk?subject=Onboarding%20form',
      'mailto:ada@example.ac.uk?subject=Onboarding%20form',
    ],
    ['MAILTO:ada@example.ac.uk', 'mailto:ada@example.ac.uk'],
    ['MaIlTo:ada@example.ac.uk', 'mailto:ada@example.ac.uk'],
    ['  mailto:ada@example.ac.uk  ', 'mailto:ada@example.ac.uk'],
  ])('opens the e-mail link %j (as %j)', (url, normalised) => {
    expect(isAllowedExternal(url)).toBe(true);
    expect(externalLinkFor(url)).toBe(normalised);
  });

  it.each([
    [
      'mailto:ada@example.ac.uk?subject=Form&attach=/etc/passwd&body=Hello',
      'mailto:ada@example.ac.uk?subject=Form&body=Hello',
    ],
    ['mailto:ada@example.ac.uk?attachment=C:%5CUsers%5Cofficer%5Ckeys.txt', 'mailto:ada@example.ac.uk'],
    ['mailto:ada@example.ac.uk?ATTACH=~/.ssh/id_rsa&Subject=Hi', 'mailto:ada@example.ac.uk?Subject=Hi'],
    ['mailto:ada@example.ac.uk?%61ttach=/etc/passwd', 'mailto:ada@example.ac.uk'],
    ['mailto:ada@example.ac.uk?subject=x&%E0=1&to=eve@evil.example', 'mailto:ada@example.ac.uk?subject=x'],
    [
      'mailto:ada@example.ac.uk?In-Reply-To=%3Cid%3E&reply-to=eve@evil.example&cc=bo@example.ac.uk&bcc=cy@example.ac.uk',
      'mailto:ada@example.ac.uk?cc=bo@example.ac.uk&bcc=cy@example.ac.uk',
    ],
    ['mailto:ada@example.ac.uk?subject=Hi#attach=/etc/passwd', 'mailto:ada@example.ac.uk?subject=Hi'],
    ['mailto:?subject=Hi&attach=/etc/passwd', 'mailto:?subject=Hi'],
  ])('passes only subject, body, cc and bcc of %j (as %j)', (url, kept) => {
    expect(externalLinkFor(url)).toBe(kept);
  });

  it.each(['mailto:?attach=/etc/passwd', 'mailto:?to=ada@example.ac.uk'])(
    'refuses %j, which has nothing left to write to or about',
    (url) => {
      expect(isAllowedExternal(url)).toBe(false);
    },
  );

  it.each([
    'http://example.org',
    'https://example.org',
    'HTTPS://example.org',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'javascript:alert(1)',
    'javascript:mailto:ada@example.ac.uk',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,<script>1</script>',
    'mailto',
    'mailto:',
    'mail to:ada@example.ac.uk',
    'mailto:ada@example.ac.uk\u0000--',
    'mailto:ada@example.ac.uk\n-attach /etc/passwd',
    'app://dsh-desk/index.html',
    '//example.org',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedExternal(url)).toBe(false);
  });
});

describe('where the app may navigate', () => {
  it.each([
    'app://dsh-desk/index.html',
    'app://dsh-desk/index.html#/projects/DSH-2026-014',
    'app://dsh-desk/',
    'APP://DSH-DESK/index.html',
  ])('stays on its own page: %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://example.org',
    'http://localhost:5173/',
    'file:///work/main/out/renderer/index.html',
    'app://dsh-desk/other.html',
    'app://dsh-desk.evil/index.html',
    'app://dsh-desk@evil/index.html',
    'app://evil/index.html',
    'app://dsh-desk:8080/index.html',
    'mailto:ada@example.ac.uk',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});
