/**
 * One team server for a jest test file (or one describe block): pouchdb-server on 127.0.0.1 (or the CouchDB at
 * `COUCHDB_URL`) started before its tests and stopped after them, so each team test starts it the same way.
 * Usage, at the top of a file or a describe: `const couch = useTestCouch();` then `couch.url` in the tests.
 */
import { type TestCouch, type TestCouchOptions, startTestCouch } from './couch-server';

/** How long starting the server may take (pouchdb-server under a loaded machine is slow to answer). */
const START_TIMEOUT_MS = 60_000;

/**
 * Starts the server in a `beforeAll` and stops it in an `afterAll` of the current scope; answers a stand-in
 * that reads through to the started server (inside tests and later hooks only).
 */
export function useTestCouch(options: TestCouchOptions = {}): TestCouch {
  let started: TestCouch | undefined;
  const current = (): TestCouch => {
    if (!started)
      throw new Error('The test server is not started yet: use it inside a test or a later hook.');
    return started;
  };
  beforeAll(async () => {
    started = await startTestCouch(options);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await started?.stop();
  });
  const couch: TestCouch = {
    get url() {
      return current().url;
    },
    get admin() {
      return current().admin;
    },
    get real() {
      return current().real;
    },
    newDatabaseName: () => current().newDatabaseName(),
    stop: () => current().stop(),
  };
  // Only a server started on disk can be killed and restarted (couch-server.ts).
  if (options.onDisk) {
    couch.killAndRestart = (whileDown) => {
      const restart = current().killAndRestart;
      if (!restart) throw new Error('This test server cannot be killed and restarted (a real CouchDB).');
      return restart(whileDown);
    };
  }
  return couch;
}
