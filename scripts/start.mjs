// `npm start`: the desktop app where Electron can run; otherwise browser mode, said in one line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function electronBinary() {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  const installed = () => existsSync(pathFile) && existsSync(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8')));
  if (!installed() && !process.env.COALITION_DESK_NO_ELECTRON) {
    // Electron 43 fetches its binary on first launch; quietly, so a failure costs one line, not a trace.
    spawnSync(process.execPath, [path.join(packageDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  }
  return installed() ? path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8')) : null;
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function electronNativeModuleReady() {
  return spawnSync(process.execPath, ['scripts/build-electron-native.mjs'], { stdio: 'inherit' }).status === 0;
}

const binary = electronBinary();
if (binary && electronNativeModuleReady()) {
  run(binary, ['.', ...passThrough]);
} else {
  const why = binary ? 'its encrypted-database module could not be built for Electron' : 'Electron is not available on this machine';
  console.log(`Coalition Desk: ${why}, so the app opens in browser mode instead.`);
  run(process.execPath, ['dist/main/web-host.cjs', ...passThrough]);
}
