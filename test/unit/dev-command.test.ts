import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, expect as expectPage } from '@playwright/test';
import { afterEach, describe, expect, it } from 'vitest';
import { WEB_INVOKE_PATH, WEB_TOKEN_HEADER } from '../../shared/bridge';
import { LAUNCH_TOKEN_VARIABLE, takeLaunchTokenFrom } from '../../main/web/requestGuards';
import { CHROMIUM_ARGS, findChromium } from '../support/findChromium';
import { isRunning } from './support/processRunning';
import { tempDir } from './support/testDesk';

const root = path.resolve(import.meta.dirname, '..', '..');
let dev: ChildProcessWithoutNullStreams | undefined;
/** Hosts the script started: a failed test kills the script outright, and its host must not outlive the test either. */
const hostPids: number[] = [];

afterEach(() => {
  dev?.kill('SIGKILL');
  dev = undefined;
  for (const pid of hostPids.splice(0)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
});

/** Every line `npm run dev` prints, and a wait for the next one that matches. */
function linesOf(child: ChildProcessWithoutNullStreams) {
  const seen: string[] = [];
  const waiting: Array<{ pattern: RegExp; resolve: (match: RegExpExecArray) => void }> = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    seen.push(line);
    const host = /backend ready \(process (\d+)\)/.exec(line);
    if (host) hostPids.push(Number(host[1]));
    for (const waiter of [...waiting]) {
      const match = waiter.pattern.exec(line);
      if (match) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  });
  return {
    seen,
    next: (pattern: RegExp) => new Promise<RegExpExecArray>((resolve) => waiting.push({ pattern, resolve })),
  };
}

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('npm run dev', () => {
  it('serves the renderer with hot reload, relays calls to a backend it restarts on a rebuild, and keeps the token valid across restarts', async () => {
    dev = spawn(process.execPath, [path.join(root, 'scripts', 'dev.mjs'), '--data-dir', tempDir()], { cwd: root, stdio: 'pipe' });
    const output = linesOf(dev);
    const firstBackend = output.next(/backend ready \(process (\d+)\)/);
    const [, origin, token] = (await output.next(/(http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/)) as unknown as [string, string, string];
    const firstPid = Number((await firstBackend)[1]);
    expect(output.seen.join('\n')).not.toMatch(/running in browser mode/);

    const page = await request(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('/@vite/client');
    expect(page.body).toContain('/@react-refresh');
    // Only /api/… goes to the host: the renderer's own api.ts is served from source.
    expect((await request(`${origin}/api.ts`)).status).toBe(200);
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/#token=${token}`);
      await expectPage(tab.getByRole('heading', { name: 'Create a workspace' })).toBeVisible({ timeout: 30_000 });
    } finally {
      await browser.close();
    }

    const call = (headers: Record<string, string>) =>
      request(`${origin}${WEB_INVOKE_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, ...headers },
        body: JSON.stringify({ channel: 'app.status', input: {} }),
      });
    const answered = await call({ [WEB_TOKEN_HEADER]: token });
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toMatchObject({ ok: true });
    expect((await call({})).status).toBe(401);
    expect((await call({ [WEB_TOKEN_HEADER]: token, origin: 'http://attacker.example' })).status).toBe(403);

    const restarted = output.next(/backend ready \(process (\d+)\)/);
    dev.stdin.write('rs\n');
    const secondPid = Number((await restarted)[1]);
    expect(secondPid).not.toBe(firstPid);
    expect(isRunning(firstPid)).toBe(false);
    expect(JSON.parse((await call({ [WEB_TOKEN_HEADER]: token })).body)).toMatchObject({ ok: true });

    const exited = new Promise((resolve) => dev?.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
    // The host locks the workspace on its way out, so it may take a moment after npm run dev has gone.
    await expect.poll(() => isRunning(secondPid), { timeout: 15_000 }).toBe(false);
  }, 120_000);
});

describe('the launch token handed to the host by npm run dev', () => {
  it('is taken out of the environment, so the browser and other children never inherit it', () => {
    const token = 'a'.repeat(43);
    const env: NodeJS.ProcessEnv = { [LAUNCH_TOKEN_VARIABLE]: token, PATH: '/bin' };
    expect(takeLaunchTokenFrom(env)).toBe(token);
    expect(env).toEqual({ PATH: '/bin' });
    expect(takeLaunchTokenFrom(env)).toBeUndefined();
  });

  it('is refused unless it has the shape of a token the app makes', () => {
    expect(() => takeLaunchTokenFrom({ [LAUNCH_TOKEN_VARIABLE]: 'guessable' })).toThrow(/43 characters/);
    expect(() => takeLaunchTokenFrom({ [LAUNCH_TOKEN_VARIABLE]: `${'a'.repeat(42)}=` })).toThrow(/43 characters/);
  });
});
