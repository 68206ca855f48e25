// `npm run dev`: browser mode for working on the app. Vite serves the renderer from source with hot reload; the
// backend (host, backend worker, export, reader and text workers) is rebuilt by esbuild when a file it is built from
// changes, and the host is restarted on the new build. Type `rs` and Enter to rebuild and restart by hand.
// Options after `--` go to the host (`--data-dir`, `--database`…); records stay in .dev/data unless --data-dir is given.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { context } from 'esbuild';
import { createServer } from 'vite';
import { mainBundleOptions } from './mainBundleOptions.mjs';
import { browserModeEntries, mainEntries } from './mainEntries.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, '.dev', 'build');
const hostArgs = process.argv.slice(2);
if (!hostArgs.includes('--data-dir')) hostArgs.push('--data-dir', path.join(root, '.dev', 'data'));
// One token for the whole session: the open tab stays connected across the host's restarts.
const token = crypto.randomBytes(32).toString('base64url');
const say = (line) => console.log(`[dev] ${line}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The host on the latest build: stopped (it locks the workspace on its way out) and started again after each rebuild. */
function hostRunner(hostPort) {
  let child = null;
  const stop = () =>
    new Promise((resolve) => {
      const stopping = child;
      child = null;
      if (!stopping || stopping.exitCode !== null) return resolve();
      stopping.once('exit', () => resolve());
      stopping.kill('SIGTERM');
    });
  const start = () => {
    const env = { ...process.env, COALITION_DESK_LAUNCH_TOKEN: token };
    child = spawn(process.execPath, [path.join(buildDir, 'web-host.cjs'), '--no-open', '--port', String(hostPort), ...hostArgs], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // The host prints its link once it listens: that line says it is ready (the dev server's link is the one to open).
    return new Promise((resolve) => {
      const started = child;
      readline.createInterface({ input: started.stdout }).on('line', (line) => {
        if (!line.includes('#token=')) return console.log(line);
        say(`backend ready (process ${started.pid}).`);
        resolve();
      });
      started.once('exit', (code) => {
        if (child === started && code !== 0) say(`the backend stopped (exit code ${code}); fix the cause and save, or type rs.`);
        resolve();
      });
    });
  };
  // However this process ends (Vite also ends it when its input closes), the host does not outlive it.
  process.on('exit', () => child?.kill('SIGTERM'));
  return { restart: async () => (await stop(), start()), stop };
}

async function main() {
  const [devPort, hostPort] = [await freePort(), await freePort()];
  const host = hostRunner(hostPort);
  let restarting = Promise.resolve();
  let firstBuilt;
  const firstBuild = new Promise((resolve) => (firstBuilt = resolve));
  const restartOnBuild = {
    name: 'restart-host',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0) return say('the backend did not build; the host keeps running the last build.');
        restarting = restarting.then(host.restart).then(firstBuilt);
      });
    },
  };
  // One bundle of all browser-mode entries, so one change is one rebuild and one restart.
  const backend = await context({
    entryPoints: Object.fromEntries(browserModeEntries.map((name) => [name, mainEntries[name]])),
    outdir: buildDir,
    outExtension: { '.js': '.cjs' },
    ...mainBundleOptions,
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [restartOnBuild],
  });
  await backend.watch(); // builds once, then on every change

  const devOrigin = `http://127.0.0.1:${devPort}`;
  const renderer = await createServer({
    configFile: path.join(root, 'vite.config.ts'),
    server: {
      host: '127.0.0.1',
      port: devPort,
      strictPort: true,
      proxy: {
        // '/api/', not '/api': renderer/api.ts is served from source as /api.ts.
        '/api/': {
          target: `http://127.0.0.1:${hostPort}`,
          changeOrigin: true,
          // The host refuses a foreign Origin; the dev server's own pages speak for the host's origin, others do not.
          configure: (proxy) =>
            proxy.on('proxyReq', (request) => {
              if (request.getHeader('origin') === devOrigin) request.setHeader('origin', `http://127.0.0.1:${hostPort}`);
            }),
        },
      },
    },
  });
  await renderer.listen();
  await firstBuild;
  say(`Coalition Desk (development, hot reload): ${devOrigin}/#token=${token}`);
  say('type rs and Enter to rebuild and restart the backend; Ctrl+C stops.');

  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'rs') void backend.rebuild();
  });
  const stop = async () => {
    await backend.dispose();
    await restarting;
    await Promise.all([host.stop(), renderer.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`npm run dev could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
