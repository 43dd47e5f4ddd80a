// Checks electron-builder.yml offline, in about a second: electron-builder's own schema validation (the same
// function `electron-builder` runs before packaging; a typo such as `productNam` fails it), then the
// invariants DSH Desk depends on. Before trusting a pass it proves both checks can fail, on broken copies.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Not part of electron-builder's public exports, but the very function its packager calls (see
// app-builder-lib/out/packager.js); the package is pinned, so a move would fail here loudly, not silently.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Another file may be named to check a candidate, e.g. a deliberately broken copy. `--release` (run by
// `npm run dist`) also refuses the placeholder homepage and e-mail, which must never reach an installer.
const RELEASE = process.argv.includes('--release');
const CONFIG_FILE = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'electron-builder.yml';
const started = performance.now();

const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

/** Runs electron-builder's schema validation; returns its first lines of complaint, or null when valid. */
async function schemaProblem(config) {
  try {
    await validateConfiguration(structuredClone(config), { isEnabled: false, add() {} });
    return null;
  } catch (error) {
    const lines = String(error.message)
      .split('\n')
      .map((line) => line.trim());
    return (
      lines
        .filter((line) => line.startsWith('- '))
        .map((line) => line.slice(2))
        .join(' ') || error.message
    );
  }
}

/** The app id main sets on Windows (electron/services/user-data.ts), read from the source. */
async function mainProcessAppId() {
  const source = await readFile(path.join(root, 'electron/services/user-data.ts'), 'utf8');
  return /export const APP_ID = '([^']+)'/.exec(source)?.[1];
}

/** Contact details an installer shows (deb "Homepage" and "Maintainer", the NSIS publisher's e-mail). */
function placeholderProblems(config, pkg) {
  const placeholder = (value) =>
    typeof value !== 'string' || /example\.(invalid|com|org)|@example\./i.test(value);
  const author = typeof pkg.author === 'object' ? pkg.author : {};
  const found = [
    ['package.json homepage', pkg.homepage],
    ['package.json author.email', author.email],
    ['electron-builder.yml linux.maintainer', config.linux?.maintainer],
  ].filter(([, value]) => placeholder(value));
  return found.map(
    ([where, value]) =>
      `${where} is a placeholder (${value}): set your team's real address before building installers.`,
  );
}

/** Our own rules, each as a plain sentence when broken. */
function invariantProblems(config, pkg, icon, appId) {
  const problems = [];
  const expect = (ok, message) => ok || problems.push(message);
  const targets = (platform) =>
    [config[platform]?.target ?? []].flat().map((t) => (typeof t === 'string' ? t : t.target));

  expect(
    config.productName === 'DSH Desk',
    `productName must be "DSH Desk" (it names the data folder), not "${config.productName}".`,
  );
  expect(
    pkg.productName === config.productName,
    `package.json productName "${pkg.productName}" must equal the builder's "${config.productName}".`,
  );
  expect(
    typeof config.appId === 'string' && /^[a-z0-9]+(\.[a-z0-9-]+)+$/.test(config.appId),
    `appId "${config.appId}" must be a reverse-DNS id.`,
  );
  expect(
    appId === config.appId,
    `electron/services/user-data.ts APP_ID "${appId}" must equal appId "${config.appId}" (Windows taskbar and notifications).`,
  );
  expect(config.asar === true, 'asar must be true (the fuses only load the app from app.asar).');
  for (const [fuse, value] of Object.entries(EXPECTED_FUSES)) {
    expect(
      config.electronFuses?.[fuse] === value,
      `electronFuses.${fuse} must be ${value}, not ${config.electronFuses?.[fuse]}.`,
    );
  }
  const files = filePatterns(config.files);
  expect(files.includes('!node_modules/**/*'), 'files must exclude node_modules ("!node_modules/**/*").');
  expect(
    files.includes('out/**/*') && files.includes('package.json'),
    'files must include out/**/* and package.json.',
  );
  for (const pattern of files.filter((p) => typeof p !== 'string' || !p.startsWith('!'))) {
    expect(
      pattern === 'out/**/*' || pattern === 'package.json',
      `files must ship only out/ and package.json, not ${JSON.stringify(pattern)}.`,
    );
  }
  expect(
    config.directories?.output === 'dist' && config.directories?.buildResources === 'build',
    'directories must be output: dist, buildResources: build.',
  );
  expect(targets('win').includes('nsis'), 'win must build an nsis installer.');
  expect(
    targets('linux').includes('AppImage') && targets('linux').includes('deb'),
    'linux must build AppImage and deb.',
  );
  expect(targets('mac').includes('dmg'), 'mac must build a dmg.');
  // Flipping fuses breaks Electron's own signature; without a Developer ID electron-builder 26 skips signing
  // and Apple Silicon kills the app at launch. "-" re-signs ad hoc (a team with an identity overrides it).
  expect(
    config.mac?.identity === '-' && config.mac?.hardenedRuntime === false,
    'mac must re-sign ad hoc by default (identity: "-", hardenedRuntime: false), or fused builds will not launch on Apple Silicon.',
  );
  const executable = config.linux?.executableName;
  expect(
    typeof executable === 'string' &&
      config.linux?.syncDesktopName === true &&
      pkg.desktopName === `${executable}.desktop`,
    `package.json desktopName must be "<linux.executableName>.desktop" with linux.syncDesktopName: true, so Linux docks match the window to its launcher.`,
  );
  expect(
    Boolean(config.linux?.maintainer) && Boolean(pkg.homepage),
    'a deb needs linux.maintainer and a homepage in package.json.',
  );
  expect(
    typeof pkg.main === 'string' && pkg.main.startsWith('out/'),
    `package.json main "${pkg.main}" must point into out/.`,
  );
  expect(
    icon.width === 512 && icon.height === 512,
    `build/icon.png must be 512×512, not ${icon.width}×${icon.height}.`,
  );
  return problems;
}

/**
 * The `files` patterns as plain strings. electron-builder's loader turns the YAML list into file sets
 * ({ filter: [...] }); a set copied from elsewhere (`from`) is kept as a non-matching marker so it is refused.
 */
function filePatterns(files) {
  return [files ?? []].flat().flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    if (entry.from !== undefined) return [`from:${entry.from}`];
    return [entry.filter ?? []].flat();
  });
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file) {
  const bytes = await readFile(file);
  const isPng =
    bytes.subarray(1, 4).toString('ascii') === 'PNG' && bytes.subarray(12, 16).toString('ascii') === 'IHDR';
  return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: 0, height: 0 };
}

const config = await getConfig(root, path.resolve(root, CONFIG_FILE), null);
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const icon = await pngSize(path.join(root, 'build/icon.png'));
const appId = await mainProcessAppId();

// Self-test first: a check that cannot fail proves nothing.
const typo = { ...config, productNam: config.productName };
delete typo.productName;
const weakFuse = { ...config, electronFuses: { ...config.electronFuses, runAsNode: true } };
const typoCaught = (await schemaProblem(typo)) !== null;
const fuseCaught = invariantProblems(weakFuse, pkg, icon, appId).some((p) => p.includes('runAsNode'));
const placeholderCaught =
  placeholderProblems(config, { ...pkg, homepage: 'https://example.invalid/x' }).length > 0;
if (!typoCaught || !fuseCaught || !placeholderCaught) {
  console.error(
    `Self-test FAILED: ${typoCaught ? '' : 'a "productNam" typo passed the schema check. '}${fuseCaught ? '' : 'runAsNode: true passed the invariants. '}${placeholderCaught ? '' : 'a placeholder homepage passed.'}`,
  );
  process.exit(1);
}

const placeholders = placeholderProblems(config, pkg);
const problems = [
  await schemaProblem(config),
  ...invariantProblems(config, pkg, icon, appId),
  ...(RELEASE ? placeholders : []),
].filter(Boolean);
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(`${CONFIG_FILE} has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  `${CONFIG_FILE}: schema valid, ${Object.keys(EXPECTED_FUSES).length} fuses and packaging invariants hold; self-test caught a typo, a weak fuse and a placeholder address (${ms} ms).`,
);
// Fine for development and CI; `npm run dist` (--release) refuses to build installers with these.
for (const note of placeholders) console.log(`  note: ${note}`);
