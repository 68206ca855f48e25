import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterEach, describe, expect, it } from 'vitest';
import { openInBrowser } from '../../main/web/openInBrowser';
import { startWebHost } from '../../main/web/webHost';
import { CHROMIUM_ARGS, findChromium } from '../support/findChromium';
import { tempDir, testDesk } from './support/testDesk';

const root = path.resolve(import.meta.dirname, '..', '..');
const TOKENED_URL = 'http://127.0.0.1:4321/#token=s3cr3t-launch-token_abc';
const running: ChildProcess[] = [];

afterEach(() => {
  while (running.length > 0) running.pop()?.kill('SIGKILL');
});

function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

describe('opening the browser without showing the launch token to other users', () => {
  it('gives the opener only the path of a private page (0600 in a 0700 folder) that leads to the link, removed after a minute', () => {
    const spawned: Array<{ command: string; args: string[] }> = [];
    const timers: Array<{ run: () => void; ms: number }> = [];
    const page = openInBrowser(TOKENED_URL, {
      platform: 'linux',
      tempRoot: tempDir(),
      spawner: (command, args) => {
        spawned.push({ command, args });
        return { on: () => undefined, unref: () => undefined };
      },
      setTimer: (run, ms) => timers.push({ run, ms }),
    });

    expect(spawned).toEqual([{ command: 'xdg-open', args: [page.file] }]);
    expect(JSON.stringify(spawned)).not.toContain('s3cr3t');
    expect(modeOf(page.file)).toBe(0o600);
    expect(modeOf(path.dirname(page.file))).toBe(0o700);
    expect(fs.readFileSync(page.file, 'utf8')).toContain(`<meta http-equiv="refresh" content="0;url=${TOKENED_URL}">`);

    expect(timers.map((timer) => timer.ms)).toEqual([60_000]);
    timers[0]?.run();
    expect(fs.existsSync(path.dirname(page.file))).toBe(false);
    page.remove();
  });

  it('the page takes a real Chromium from file:// to the host with the token fragment intact', async () => {
    const t = testDesk();
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Coalition Desk</title>');
    const host = await startWebHost({ desk: t.desk, rendererDir });
    const page = openInBrowser(host.url, { tempRoot: tempDir(), spawner: () => ({ on: () => undefined, unref: () => undefined }), setTimer: () => undefined });
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage();
      await tab.goto(`file://${page.file}`);
      await tab.waitForURL(host.url);
      expect(await tab.title()).toBe('Coalition Desk');
      expect(await tab.evaluate(() => location.hash)).toBe(`#token=${host.token}`);
    } finally {
      await browser.close();
      page.remove();
      await host.close();
    }
  }, 60_000);

  it('the real browser-mode host never puts the token in the opener’s command line, and removes the page when it stops', async () => {
    // Bundle the current sources, so a stale dist/ from an older checkout cannot answer for them.
    expect(spawnSync(process.execPath, [path.join(root, 'scripts', 'build-main.mjs')], { cwd: root }).status).toBe(0);
    const fakeBin = tempDir();
    const record = path.join(tempDir(), 'opener.txt');
    // A stand-in for xdg-open: records its arguments and what it was given to read, as a browser would read it.
    fs.writeFileSync(
      path.join(fakeBin, 'xdg-open'),
      `#!/bin/sh\n{ echo "ARGS: $*"; echo "MODES: $(stat -c %a "$1") $(stat -c %a "$(dirname "$1")")"; cat "$1"; } > "${record}.tmp" 2>&1; mv "${record}.tmp" "${record}"\n`,
      { mode: 0o755 },
    );
    const host = spawn(process.execPath, ['dist/main/web-host.cjs', '--port', '0', '--data-dir', tempDir()], {
      cwd: root,
      env: { ...process.env, PATH: `${fakeBin}${path.delimiter}${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(host);
    let output = '';
    host.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const printed = await new Promise<string>((resolve, reject) => {
      host.stdout?.on('data', () => {
        const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=([\w-]+))/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      host.on('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${output}`)));
    });
    const token = printed.split('#token=')[1] ?? '';
    await expect.poll(() => fs.existsSync(record), { timeout: 20_000 }).toBe(true);
    const seen = fs.readFileSync(record, 'utf8');
    const args = /^ARGS: (.*)$/m.exec(seen)?.[1] ?? '';

    expect(token.length).toBeGreaterThan(20);
    expect(args).not.toContain(token);
    expect(seen).toContain('MODES: 600 700');
    expect(seen).toContain(printed);
    const launchPage = args.trim();
    expect(fs.existsSync(launchPage)).toBe(true);

    const exited = new Promise((resolve) => host.on('exit', resolve));
    host.kill('SIGTERM');
    await exited;
    expect(fs.existsSync(launchPage)).toBe(false);
  }, 120_000);
});
