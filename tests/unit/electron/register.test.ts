import { CHANNELS, operations, plainBridgeMessage } from '../../../shared/contract/bridge';
import type { OperationHandlers } from '../../../electron/ipc/guarded-call';
import { registerOperations } from '../../../electron/ipc/register';
import { trustOurWindow } from '../../../electron/services/trusted-sender';
import { electronMock, resetElectronMock } from '../../helpers/electron-mock';

const OUR_WINDOW = 3;
const mainFrame = { origin: 'app://dsh-desk', parent: null };
const fromOurWindow = { sender: { id: OUR_WINDOW, mainFrame }, senderFrame: mainFrame };

let calls: Array<{ operation: string; input: unknown }>;
const SESSION = '0123456789abcdef0123456789abcdef';

function recordingHandlers(): OperationHandlers {
  const record = (operation: string, input: unknown): void => void calls.push({ operation, input });
  return {
    getAppInfo: async (input) => {
      record('getAppInfo', input);
      return {
        name: 'DSH Desk',
        version: '0.1.0',
        platform: 'linux',
        osUserName: 'officer',
        dataFolder: '/data',
        isElectron: true,
        backupSeal: 'Backups are sealed.',
      };
    },
    saveFile: async (input) => {
      record('saveFile', input);
      return { status: 'saved', path: `/saved/${input.suggestedName}` };
    },
    showInFolder: async (input) => {
      record('showInFolder', input);
      return { ok: true };
    },
    openExternal: async (input) => {
      record('openExternal', input);
      return { ok: true };
    },
    listBackups: async (input) => {
      record('listBackups', input);
      return {
        folder: '/data/backups',
        settings: { keepDaily: 7, keepWeekly: 4, everyHours: 4 },
        backups: [],
        clock: { now: '2026-11-25T10:00:00.000Z', futureDated: [] },
      };
    },
    setBackupSettings: async (input) => {
      record('setBackupSettings', input);
      return input;
    },
    readAuditAnchors: async (input) => {
      record('readAuditAnchors', input);
      return null;
    },
    recordAuditAnchor: async (input) => {
      record('recordAuditAnchor', input);
      const latest = { ...input, recordedAt: '2026-12-06T12:00:00.000Z' };
      return { latest, checkpoints: [] };
    },
    readMainLog: async (input) => {
      record('readMainLog', input);
      return { text: '' };
    },
    teamConnection: async (input) => {
      record('teamConnection', input);
      return { ok: true, value: { configured: false } };
    },
    teamSignIn: async (input) => {
      record('teamSignIn', input);
      return { ok: false, kind: 'unauthorized', message: 'Wrong user name or password.' };
    },
    teamLeave: async (input) => {
      record('teamLeave', input);
      return { ok: true };
    },
    teamPush: async (input) => {
      record('teamPush', input);
      return { ok: true, value: input.docs.map((doc) => ({ id: doc._id, status: 'ok', rev: '1-a' })) };
    },
    teamChanges: async (input) => {
      record('teamChanges', input);
      return { ok: true, value: { results: [], lastSeq: input.since } };
    },
    teamGetDoc: async (input) => {
      record('teamGetDoc', input);
      return { ok: true, value: { doc: null, revisions: [] } };
    },
    noteUnsavedForms: async (input) => {
      record('noteUnsavedForms', input);
      return { ok: true };
    },
    teamAllocate: async (input) => {
      record('teamAllocate', input);
      return { ok: true, value: { number: (input.above ?? 0) + 1 } };
    },
    teamWaitForChanges: async (input) => {
      record('teamWaitForChanges', input);
      return { ok: true, value: { changed: false, results: [], lastSeq: input.since } };
    },
    beginBackup: async (input) => {
      record('beginBackup', input);
      return { status: 'started', sessionId: SESSION };
    },
    writeBackupChunk: async (input) => {
      record('writeBackupChunk', input);
      return { rowsWritten: input.part.kind === 'rows' ? input.part.rows.length : 0 };
    },
    commitBackup: async (input) => {
      record('commitBackup', input);
      return { status: 'saved', path: '/saved/export.json' };
    },
    abortBackup: async (input) => {
      record('abortBackup', input);
      return { ok: true };
    },
    openBackupReader: async (input) => {
      record('openBackupReader', input);
      return { status: 'cancelled' };
    },
    readBackupSlice: async (input) => {
      record('readBackupSlice', input);
      return { bytes: new Uint8Array([1]) };
    },
    closeBackupReader: async (input) => {
      record('closeBackupReader', input);
      return { ok: true };
    },
    storeEvidenceFile: async (input) => {
      record('storeEvidenceFile', input);
      return { status: 'refused', message: 'not used here' };
    },
    openEvidenceFile: async (input) => {
      record('openEvidenceFile', input);
      return { ok: true };
    },
    readEvidenceFile: async (input) => {
      record('readEvidenceFile', input);
      return { bytes: new Uint8Array([1]) };
    },
    restoreEvidenceFiles: async (input) => {
      record('restoreEvidenceFiles', input);
      return { restored: 0, alreadyHere: 0, missing: [], damaged: [] };
    },
    removeUnusedEvidence: async (input) => {
      record('removeUnusedEvidence', input);
      return { removed: 0 };
    },
    teamUploadEvidence: async (input) => {
      record('teamUploadEvidence', input);
      return { ok: true, value: { status: 'present' } };
    },
    teamFetchEvidence: async (input) => {
      record('teamFetchEvidence', input);
      return { ok: true, value: { status: 'not-yet' } };
    },
  };
}

/** Calls a registered channel the way Electron would, returning the result or the plain error message. */
async function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = electronMock.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler on ${channel}`);
  try {
    return { result: await handler(event, ...args) };
  } catch (error) {
    return { refused: plainBridgeMessage((error as Error).message) };
  }
}

beforeEach(() => {
  resetElectronMock();
  calls = [];
  registerOperations(recordingHandlers(), () => trustOurWindow(OUR_WINDOW));
});

const goodSave = () => ({
  suggestedName: 'certificate.pdf',
  kind: 'pdf',
  bytes: new Uint8Array([37, 80, 68, 70]),
});

describe('the IPC wrapper', () => {
  it('registers one handler per contract operation, on its channel', () => {
    expect([...electronMock.ipcHandlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    expect(Object.keys(operations).sort()).toEqual(Object.keys(CHANNELS).sort());
  });

  it('runs the handler with the parsed input for a good request from our window', async () => {
    await expect(invoke(CHANNELS.saveFile, fromOurWindow, goodSave())).resolves.toEqual({
      result: { status: 'saved', path: '/saved/certificate.pdf' },
    });
    expect(calls).toEqual([{ operation: 'saveFile', input: goodSave() }]);
  });

  it('refuses a backup name that points anywhere else before the handler runs', async () => {
    await expect(
      invoke(CHANNELS.openBackupReader, fromOurWindow, { from: 'folder', fileName: '../../.ssh/id_rsa' }),
    ).resolves.toEqual({
      refused: expect.stringMatching(/^openBackupReader: .*This is not the name of a DSH Desk backup\.$/),
    });
    const fileName = 'dsh-desk-backup-2026-11-25T10-00-00-000Z-manual.json';
    await expect(
      invoke(CHANNELS.openBackupReader, fromOurWindow, { from: 'folder', fileName }),
    ).resolves.toEqual({ result: { status: 'cancelled' } });
    expect(calls).toEqual([{ operation: 'openBackupReader', input: { from: 'folder', fileName } }]);
  });

  it('runs getAppInfo with no payload', async () => {
    await expect(invoke(CHANNELS.getAppInfo, fromOurWindow)).resolves.toMatchObject({
      result: { name: 'DSH Desk' },
    });
  });

  it.each<[string, unknown, RegExp]>([
    [
      'an empty name',
      { ...goodSave(), suggestedName: '  ' },
      /^saveFile: suggestedName: A file name is needed\.$/,
    ],
    [
      'a number for the name',
      { ...goodSave(), suggestedName: 42 },
      /^saveFile: suggestedName: Expected a string but got a number\.$/,
    ],
    [
      'a missing kind',
      { suggestedName: 'a.pdf', bytes: new Uint8Array() },
      /^saveFile: kind: This field is required\.$/,
    ],
    [
      'an unknown kind',
      { ...goodSave(), kind: 'exe' },
      /^saveFile: kind: Must be one of: pdf, csv, ics, json, zip\.$/,
    ],
    [
      'bytes as a plain list',
      { ...goodSave(), bytes: [1, 2, 3] },
      /^saveFile: bytes: The file contents must be bytes\.$/,
    ],
    ['an extra field', { ...goodSave(), overwrite: true }, /^saveFile: Unexpected field: overwrite\.$/],
    ['no payload at all', undefined, /^saveFile: Expected an object but got nothing\.$/],
    ['a list instead of an object', [goodSave()], /^saveFile: Expected an object but got a list\.$/],
  ])('refuses %s and never runs the handler', async (_label, payload, message) => {
    const outcome = (await invoke(CHANNELS.saveFile, fromOurWindow, payload)) as { refused: string };
    expect(outcome.refused).toMatch(message);
    expect(calls).toEqual([]);
  });

  it('refuses a payload for an operation that takes none', async () => {
    const outcome = (await invoke(CHANNELS.getAppInfo, fromOurWindow, { please: true })) as {
      refused: string;
    };
    expect(outcome.refused).toMatch(/^getAppInfo: /);
    expect(calls).toEqual([]);
  });

  it('refuses a second argument', async () => {
    const outcome = (await invoke(
      CHANNELS.openExternal,
      fromOurWindow,
      { url: 'mailto:a@b.org' },
      'more',
    )) as { refused: string };
    expect(outcome.refused).toBe('openExternal: The request had more than one argument.');
    expect(calls).toEqual([]);
  });

  it.each([
    ['at the top (JSON.parse)', () => JSON.parse('{"url":"mailto:a@b.org","__proto__":{"admin":true}}')],
    ['nested (JSON.parse)', () => ({ url: 'mailto:a@b.org', extra: JSON.parse('{"__proto__":{"x":1}}') })],
    ['named constructor', () => ({ url: 'mailto:a@b.org', constructor: { prototype: {} } })],
    [
      'defined with defineProperty',
      () => Object.defineProperty({ url: 'mailto:a@b.org' }, 'prototype', { value: {}, enumerable: false }),
    ],
  ])('refuses a prototype-polluting key %s', async (_label, makePayload) => {
    const outcome = (await invoke(CHANNELS.openExternal, fromOurWindow, makePayload())) as {
      refused: string;
    };
    expect(outcome.refused).toMatch(
      /^openExternal: The request contains a field named "(__proto__|constructor|prototype)"/,
    );
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it.each([
    [
      'a sub-frame',
      { sender: { id: OUR_WINDOW, mainFrame }, senderFrame: { origin: 'app://dsh-desk', parent: mainFrame } },
    ],
    [
      'a foreign origin',
      { sender: { id: OUR_WINDOW, mainFrame }, senderFrame: { origin: 'https://example.org', parent: null } },
    ],
    ['a gone frame', { sender: { id: OUR_WINDOW, mainFrame }, senderFrame: null }],
    ['another window', { sender: { id: OUR_WINDOW + 1, mainFrame }, senderFrame: mainFrame }],
  ])('refuses a well-formed request from %s', async (_label, event) => {
    const outcome = (await invoke(CHANNELS.saveFile, event, goodSave())) as { refused: string };
    expect(outcome.refused).toMatch(/^saveFile: Refused because the request came from /);
    expect(calls).toEqual([]);
  });

  describe('team sync payloads', () => {
    const doc = (n: number) => ({ _id: `person:${n}`, type: 'person', name: `Person ${n}` });

    it('passes a good push, and a sign-in with its address trimmed', async () => {
      await expect(invoke(CHANNELS.teamPush, fromOurWindow, { docs: [doc(1)] })).resolves.toEqual({
        result: { ok: true, value: [{ id: 'person:1', status: 'ok', rev: '1-a' }] },
      });
      const signIn = { url: ' https://couch.example.org ', database: 'dsh', username: 'ada', password: 'pw' };
      await expect(invoke(CHANNELS.teamSignIn, fromOurWindow, signIn)).resolves.toMatchObject({
        result: { ok: false, kind: 'unauthorized' },
      });
      expect(calls).toEqual([
        { operation: 'teamPush', input: { docs: [doc(1)] } },
        { operation: 'teamSignIn', input: { ...signIn, url: 'https://couch.example.org' } },
      ]);
    });

    it.each<[string, string, unknown, RegExp]>([
      [
        '501 documents',
        CHANNELS.teamPush,
        { docs: Array.from({ length: 501 }, (_, n) => doc(n)) },
        /^teamPush: docs: Too big: expected array to have <=500 items\.$/,
      ],
      ['no documents', CHANNELS.teamPush, { docs: [] }, /^teamPush: docs: Too small/],
      [
        'a document with attachments',
        CHANNELS.teamPush,
        { docs: [{ ...doc(1), _attachments: { 'a.txt': { data: 'aGk=' } } }] },
        /^teamPush: docs\.0: Documents may not carry attachments\.$/,
      ],
      [
        'a document without an id',
        CHANNELS.teamPush,
        { docs: [{ type: 'person' }] },
        /^teamPush: docs\.0\._id: /,
      ],
      [
        'an extra key',
        CHANNELS.teamPush,
        { docs: [doc(1)], newEdits: false },
        /^teamPush: Unexpected field: newEdits\.$/,
      ],
      [
        'a page of changes larger than a batch',
        CHANNELS.teamChanges,
        { since: '0', limit: 501 },
        /^teamChanges: limit: /,
      ],
      [
        'a database name CouchDB would refuse',
        CHANNELS.teamSignIn,
        { url: 'https://couch.example.org', database: 'DSH Desk', username: 'ada', password: 'pw' },
        /^teamSignIn: database: A database name starts with a lower-case letter/,
      ],
      [
        'an empty password',
        CHANNELS.teamSignIn,
        { url: 'https://couch.example.org', database: 'dsh', username: 'ada', password: '' },
        /^teamSignIn: password: Enter your password\.$/,
      ],
      ['a payload where none is taken', CHANNELS.teamLeave, { everything: true }, /^teamLeave: /],
      [
        'too many revisions',
        CHANNELS.teamGetDoc,
        { id: 'person:1', revs: Array(51).fill('1-a') },
        /^teamGetDoc: revs: /,
      ],
      [
        'a number of a series that does not exist',
        CHANNELS.teamAllocate,
        { series: 'invoice', year: 2026 },
        /^teamAllocate: series: /,
      ],
      ['a two-digit year', CHANNELS.teamAllocate, { series: 'project', year: 26 }, /^teamAllocate: year: /],
      [
        'a wait for changes longer than a minute',
        CHANNELS.teamWaitForChanges,
        { since: '0', waitMs: 3_600_000 },
        /^teamWaitForChanges: waitMs: /,
      ],
    ])('refuses %s and never runs the handler', async (_label, channel, payload, message) => {
      const outcome = (await invoke(channel, fromOurWindow, payload)) as { refused: string };
      expect(outcome.refused).toMatch(message);
      expect(calls).toEqual([]);
    });
  });

  describe('streamed backup payloads', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `row-${i}` }));

    it('passes a chunk of rows and a reader slice request', async () => {
      const chunk = { sessionId: SESSION, part: { kind: 'rows', table: 'people', rows: rows(2) } };
      await expect(invoke(CHANNELS.writeBackupChunk, fromOurWindow, chunk)).resolves.toEqual({
        result: { rowsWritten: 2 },
      });
      const slice = { readerId: SESSION, offset: 1024 };
      await expect(invoke(CHANNELS.readBackupSlice, fromOurWindow, slice)).resolves.toMatchObject({
        result: { bytes: new Uint8Array([1]) },
      });
      expect(calls.map((call) => call.operation)).toEqual(['writeBackupChunk', 'readBackupSlice']);
    });

    it.each<[string, string, unknown, RegExp]>([
      [
        'a chunk of more rows than a chunk may carry',
        CHANNELS.writeBackupChunk,
        { sessionId: SESSION, part: { kind: 'rows', table: 'people', rows: rows(2001) } },
        /^writeBackupChunk: part\.rows: Too big/,
      ],
      [
        'a row that is not a record',
        CHANNELS.writeBackupChunk,
        { sessionId: SESSION, part: { kind: 'rows', table: 'people', rows: ['text'] } },
        /^writeBackupChunk: part\.rows\.0: /,
      ],
      [
        'a table name that could break the file',
        CHANNELS.writeBackupChunk,
        { sessionId: SESSION, part: { kind: 'rows', table: 'people"]}', rows: rows(1) } },
        /^writeBackupChunk: part\.table: A table name is not valid\.$/,
      ],
      [
        'a session id that is not one',
        CHANNELS.commitBackup,
        { sessionId: '../../backups' },
        /^commitBackup: sessionId: This is not a backup session of this window\.$/,
      ],
      [
        'a reader of a file outside the backups folder',
        CHANNELS.openBackupReader,
        { from: 'folder', fileName: '../../.ssh/id_rsa' },
        /^openBackupReader: fileName: This is not the name of a DSH Desk backup\.$/,
      ],
      [
        'a negative offset',
        CHANNELS.readBackupSlice,
        { readerId: SESSION, offset: -1 },
        /^readBackupSlice: offset: /,
      ],
    ])('refuses %s and never runs the handler', async (_label, channel, payload, message) => {
      const outcome = (await invoke(channel, fromOurWindow, payload)) as { refused: string };
      expect(outcome.refused).toMatch(message);
      expect(calls).toEqual([]);
    });

    it('refuses a chunk from another window', async () => {
      const chunk = { sessionId: SESSION, part: { kind: 'rows', table: 'people', rows: rows(1) } };
      const other = { sender: { id: OUR_WINDOW + 1, mainFrame }, senderFrame: mainFrame };
      const outcome = (await invoke(CHANNELS.writeBackupChunk, other, chunk)) as { refused: string };
      expect(outcome.refused).toMatch(/^writeBackupChunk: Refused because the request came from /);
      expect(calls).toEqual([]);
    });
  });

  it('reports a handler result outside the contract as an internal error', async () => {
    resetElectronMock();
    const broken = {
      ...recordingHandlers(),
      showInFolder: async () => ({ ok: 'yes' }),
    } as unknown as OperationHandlers;
    registerOperations(broken, () => trustOurWindow(OUR_WINDOW));
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const outcome = (await invoke(CHANNELS.showInFolder, fromOurWindow, { path: '/x.pdf' })) as {
      refused: string;
    };
    expect(outcome.refused).toMatch(/^showInFolder: Something went wrong inside DSH Desk/);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
