import path from 'node:path';
import { browserHostServices } from '../app/hostServices';
import { connectBackend } from '../backend/backendClient';
import { spawnWorkerBackend } from '../backend/workerBackend';
import type { DatabaseUrl } from '../db/server/databaseUrl';
import { prepareServerDatabase } from '../db/server/prepareServerDatabase';
import { defaultDataDir } from '../hosts/defaultDataDir';
import { SAMPLE_COALITION } from '../sample/sampleOrganizations';
import { loadSampleAtStart } from './loadSampleAtStart';
import { openInBrowser } from './openInBrowser';
import { takeLaunchTokenFrom } from './requestGuards';
import { parseWebArgs, redactArguments } from './webArgs';
import { startWebHost } from './webHost';

/**
 * Entry of `npm run start:web`: starts the backend in a worker thread (dist/main/backend.cjs beside this bundle),
 * then the HTTP host that relays to it, prints the link, and opens it unless --no-open.
 */
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const token = takeLaunchTokenFrom(process.env);
  if (args.database) await openServerDatabase(args.database, args.sample ? SAMPLE_COALITION.name : args.coalitionName);
  const backend = connectBackend({
    spawn: () => spawnWorkerBackend(path.join(__dirname, 'backend.cjs')),
    config: { dataDir: args.dataDir ?? defaultDataDir(), host: browserHostServices.info, ...(args.database ? { serverDatabase: args.database } : {}) },
    host: browserHostServices,
  });
  await backend.ready;
  if (args.sample) await loadSampleAtStart(backend.router, (line) => console.log(line));
  const host = await startWebHost({ desk: backend, rendererDir: args.rendererDir ?? path.join(__dirname, '..', 'renderer'), port: args.port, token });
  // The terminal is the user's own: the link printed here is the way in if the browser does not open by itself.
  console.log(`Coalition Desk is running in browser mode: ${host.url}`);
  const launchPage = args.open ? openInBrowser(host.url, { onFailure: () => console.log('Open the link above in your browser.') }) : undefined;
  const stop = () => {
    launchPage?.remove();
    void Promise.all([backend.close(), host.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Migrates the database and makes sure it holds a coalition before anything is served; says what it found. */
async function openServerDatabase(database: DatabaseUrl, coalitionName: string | undefined): Promise<void> {
  const prepared = await prepareServerDatabase(database, { coalitionName });
  if (prepared.applied.length > 0) console.log(`Brought the database up to date (${prepared.applied.length} schema steps).`);
  const opening = prepared.created ? `Created the coalition "${prepared.coalitionName}" in` : `Opening "${prepared.coalitionName}" from`;
  console.log(`${opening} the PostgreSQL database ${database.address}. Keeping it encrypted at rest and backed up is the database server's job.`);
}

main().catch((error: unknown) => {
  // One line, no stack; a connection string given on the command line never comes back with its password.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Coalition Desk could not start: ${redactArguments(message, process.argv)}`);
  process.exit(1);
});
