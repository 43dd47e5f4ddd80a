// Before `npm start` on Linux: Chromium's sandbox needs either unprivileged user namespaces or a setuid-root
// `chrome-sandbox` helper beside the Electron binary. npm installs the helper without the setuid bit, and
// Ubuntu 23.10+ restricts user namespaces (AppArmor), so Electron aborts with a terse FATAL line. This finds
// that case first and says what to do, instead of turning the sandbox off.
const fs = require('node:fs');
const path = require('node:path');

/** The kernel switches that, when set this way, take unprivileged user namespaces away. */
const RESTRICTIONS = [
  ['/proc/sys/kernel/apparmor_restrict_unprivileged_userns', '1'],
  ['/proc/sys/kernel/unprivileged_userns_clone', '0'],
];

/** The facts the decision needs, read from the machine unless a test passes them. */
function readFacts(electronBinary, readFile = (file) => fs.readFileSync(file, 'utf8')) {
  const helper = path.join(path.dirname(electronBinary), 'chrome-sandbox');
  let stat;
  try {
    stat = fs.statSync(helper);
  } catch {
    stat = null;
  }
  const userNamespacesRestricted = RESTRICTIONS.some(([file, value]) => {
    try {
      return readFile(file).trim() === value;
    } catch {
      return false;
    }
  });
  return { helper, stat: stat && { uid: stat.uid, mode: stat.mode }, userNamespacesRestricted };
}

/**
 * The explanation to print when Electron would abort at start because of the sandbox helper, or null when it
 * will start. `facts` is what readFacts returns.
 */
function sandboxProblem(platform, facts) {
  if (platform !== 'linux' || !facts.userNamespacesRestricted || facts.stat === null) return null;
  const setuidRoot = facts.stat.uid === 0 && (facts.stat.mode & 0o4000) !== 0;
  if (setuidRoot) return null;
  return [
    'Electron cannot start its sandbox here: this system restricts unprivileged user namespaces (as Ubuntu 23.10',
    `and later do), and ${facts.helper} is not owned by root with the setuid bit, so Electron would abort.`,
    'Give the helper what Chromium asks for, once after each `npm ci`:',
    `  sudo chown root:root "${facts.helper}" && sudo chmod 4755 "${facts.helper}"`,
    'DSH Desk never turns the sandbox off (no --no-sandbox). Or use `npm run start:web` in a browser instead.',
  ].join('\n');
}

module.exports = { readFacts, sandboxProblem };
