import { spawn } from 'node:child_process';
import { type LaunchPage, writeLaunchPage } from './launchPage';

/** What starting the system's opener needs; tests pass their own to see the arguments. */
export type Spawner = (command: string, args: string[]) => { on(event: 'error', listener: () => void): unknown; unref(): void };

export interface OpenInBrowserOptions {
  spawner?: Spawner;
  platform?: NodeJS.Platform;
  tempRoot?: string;
  /** How long the page stays for a slow browser to read it. */
  removeAfterMs?: number;
  setTimer?: (run: () => void, ms: number) => void;
  onFailure?: () => void;
}

export const LAUNCH_PAGE_LIFETIME_MS = 60_000;

/**
 * Opens the launch link in the default browser without putting it in any process's arguments: the opener is
 * given the path of a private launch page (see launchPage.ts), removed after a minute and when the host stops.
 */
export function openInBrowser(url: string, options: OpenInBrowserOptions = {}): LaunchPage {
  const page = writeLaunchPage(url, options.tempRoot);
  const platform = options.platform ?? process.platform;
  const command = platform === 'darwin' ? 'open' : platform === 'win32' ? 'explorer' : 'xdg-open';
  const spawner = options.spawner ?? ((file: string, args: string[]) => spawn(file, args, { detached: true, stdio: 'ignore' }));
  const child = spawner(command, [page.file]);
  child.on('error', () => options.onFailure?.());
  child.unref();
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms).unref());
  setTimer(() => page.remove(), options.removeAfterMs ?? LAUNCH_PAGE_LIFETIME_MS);
  return page;
}
