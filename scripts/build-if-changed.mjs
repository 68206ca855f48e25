// Before `npm start`: builds only the parts whose sources changed since their last build, or nothing when the
// build is current. Each part's stamp (dist/build-stamps/<part>.json) holds a hash of its sources and of the
// output it produced, so an edit, a `git checkout`, a new package or a build made another way all count as changes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampDir = path.join(root, 'dist', 'build-stamps');
const shared = ['shared', 'package-lock.json', 'tsconfig.json'];

/** What each part is built from, by which npm script, and the file that says its output is there. */
export const buildParts = {
  renderer: { script: 'build:renderer', inputs: ['renderer', 'vite.config.ts', ...shared], output: 'dist/renderer/index.html' },
  main: {
    script: 'build:main',
    inputs: ['main', 'scripts/build-main.mjs', 'scripts/mainBundleOptions.mjs', 'scripts/mainEntries.mjs', ...shared],
    output: 'dist/main/web-host.cjs',
  },
};

function filesUnder(relative) {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(path.join(relative, entry.name)));
}

const hashOf = (files) => {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
};

const stampOf = (part) => ({
  sources: hashOf(part.inputs.flatMap(filesUnder)),
  output: existsSync(path.join(root, part.output)) ? hashOf([part.output]) : null,
});
const stampFile = (name) => path.join(stampDir, `${name}.json`);

function isCurrent(name, part) {
  if (!existsSync(stampFile(name))) return false;
  const stored = JSON.parse(readFileSync(stampFile(name), 'utf8'));
  const now = stampOf(part);
  return now.output !== null && stored.sources === now.sources && stored.output === now.output;
}

function build(name, part) {
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', part.script]] : ['npm', ['run', part.script]];
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(stampFile(name), JSON.stringify(stampOf(part)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stale = Object.entries(buildParts).filter(([name, part]) => !isCurrent(name, part));
  if (stale.length === 0) console.log('Coalition Desk: the build is current.');
  for (const [name, part] of stale) {
    console.log(`Coalition Desk: building the ${name === 'main' ? 'host' : name} (its sources changed since the last build).`);
    build(name, part);
  }
}
