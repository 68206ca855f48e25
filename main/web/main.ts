import { spawn } from 'node:child_process';
import path from 'node:path';
import { browserHostServices } from '../app/hostServices';
import { createCoalitionDesk } from '../app/createCoalitionDesk';
import { defaultDataDir } from '../hosts/defaultDataDir';
import { parseWebArgs } from './webArgs';
import { startWebHost } from './webHost';

/** Entry of `npm run start:web`: starts browser mode, prints the link, opens it unless --no-open. */
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const desk = createCoalitionDesk({ dataDir: args.dataDir ?? defaultDataDir(), host: browserHostServices });
  const host = await startWebHost({ desk, rendererDir: args.rendererDir ?? path.join(__dirname, '..', 'renderer'), port: args.port });
  console.log(`Coalition Desk is running in browser mode: ${host.url}`);
  if (args.open) openInBrowser(host.url);
  const stop = () => {
    desk.close();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => console.log('Open the link above in your browser.'));
  child.unref();
}

main().catch((error: unknown) => {
  console.error(`Coalition Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
