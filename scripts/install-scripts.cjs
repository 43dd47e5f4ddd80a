// The packages in package-lock.json that have an install script, one name each, for `npm rebuild` after an
// `npm ci --ignore-scripts` (.ci/run). `--except a,b` leaves those names out.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const lock = JSON.parse(readFileSync(path.join(__dirname, '..', 'package-lock.json'), 'utf8'));
const exceptAt = process.argv.indexOf('--except');
const except = new Set(exceptAt > 0 ? (process.argv[exceptAt + 1] ?? '').split(',') : []);
const names = new Set(
  Object.entries(lock.packages)
    .filter(([where, entry]) => where !== '' && entry.hasInstallScript)
    // A nested copy (a/node_modules/b) has the same name as its top-level one: npm rebuild b does both.
    .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length))
    .filter((name) => !except.has(name)),
);
console.log([...names].join(' '));
