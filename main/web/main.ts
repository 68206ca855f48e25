import path from 'node:path';
import { browserHostServices } from '../app/hostServices';
import { connectBackend } from '../backend/backendClient';
import { spawnWorkerBackend } from '../backend/workerBackend';
import { defaultDataDir } from '../hosts/defaultDataDir';
import { openInBrowser } from './openInBrowser';
import { parseWebArgs } from './webArgs';
import { startWebHost } from './webHost';

/**
 * Entry of `npm run start:web`: starts the backend in a worker thread (dist/main/backend.cjs beside this bundle),
 * then the HTTP host that relays to it, prints the link, and opens it unless --no-open.
 */
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const backend = connectBackend({
    spawn: () => spawnWorkerBackend(path.join(__dirname, 'backend.cjs')),
    config: { dataDir: args.dataDir ?? defaultDataDir(), host: browserHostServices.info },
    host: browserHostServices,
  });
  await backend.ready;
  const host = await startWebHost({ desk: backend, rendererDir: args.rendererDir ?? path.join(__dirname, '..', 'renderer'), port: args.port });
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

main().catch((error: unknown) => {
  console.error(`Coalition Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
