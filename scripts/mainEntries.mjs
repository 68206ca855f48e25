// The main-process bundles: each dist/main/<name>.cjs and the source it is built from.
export const mainEntries = {
  'web-host': 'main/web/main.ts',
  cli: 'main/cli/main.ts',
  'electron-main': 'main/electron/main.ts',
  preload: 'main/electron/preload.ts',
  demo: 'main/sample/demoMain.ts',
  'export-worker': 'main/export/exportWorker.ts',
  'reader-worker': 'main/workspace/readerWorker.ts',
  'text-worker': 'main/documents/textWorker.ts',
  // The backend (composition root, services, database): a worker thread in browser mode, a utility process in Electron.
  backend: 'main/backend/main.ts',
};

/** What browser mode runs: the HTTP host, the backend it starts, and the workers the backend starts. */
export const browserModeEntries = ['web-host', 'backend', 'export-worker', 'reader-worker', 'text-worker'];
