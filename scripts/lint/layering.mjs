// The project's own lint rules for how code may depend on code (issue 12): which layer may import which, the
// renderer's features in levels, and no import cycle anywhere. Relative imports are resolved to files, so a rule
// speaks of folders, whatever the path looks like. docs/architecture.md, "Layers", says the same in words.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_EXTENSIONS = ['.ts', '.tsx'];

/** Folders of main/ and what each must not import, with where the code belongs instead. */
export const mainLayers = [
  {
    folder: 'main/db',
    forbidden: ['main/services', 'main/import', 'main/export', 'main/app', 'main/rpc'],
    message: 'main/db holds the SQL and is imported by the layers above it: pass what it needs in, or move the caller up.',
  },
  {
    folder: 'main/export',
    forbidden: ['main/db', 'main/services', 'main/app', 'main/rpc'],
    message: 'main/export writes files from models the services prepare: the service reads the database and passes the model in.',
  },
  {
    folder: 'main/services',
    forbidden: ['main/app', 'main/rpc', 'main/backend', 'main/electron', 'main/web'],
    message: 'Services know no host, router or composition root: put shared types in main/services/ and let the app pass them in.',
  },
];

/**
 * renderer/features in levels, lowest first. A feature imports features of lower levels only (never one of its own
 * level or above), so no two features depend on each other; appPages.tsx composes the pages. A new dependency between
 * features moves the importer up a level, or the shared part down (into renderer/components/ or a lower feature).
 */
export const featureLevels = [
  ['directory', 'agendaReviews', 'frame', 'gate', 'search', 'data', 'dataReview', 'coverage', 'annualReport', 'calendarExport', 'consultationReport'],
  ['meetingExport', 'directoryTransfer', 'actions', 'attendance', 'digests', 'documents', 'notes', 'plan', 'protocols', 'trainings', 'workgroups'],
  ['decisions', 'dueNotice', 'duties', 'settings'],
  ['meetings'],
  ['dashboard', 'runMeeting'],
];

/** renderer/ folders below the features: they serve every feature, so they import none. */
const belowFeatures = ['renderer/components', 'renderer/session', 'renderer/format', 'renderer/transport', 'renderer/api.ts', 'renderer/theme.ts'];

const relativeTo = (file) => path.relative(root, file).split(path.sep).join('/');
const inFolder = (file, folder) => file === folder || file.startsWith(`${folder}/`);
const levelOf = (feature) => featureLevels.findIndex((level) => level.includes(feature));
const featureOf = (file) => /^renderer\/features\/([^/]+)\//.exec(file)?.[1] ?? null;

/** The file a relative import names (with its extension or as a folder's index), or null for a package or a missing file. */
export function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((extension) => base + extension),
    ...SOURCE_EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
  ];
  return candidates.find((candidate) => SOURCE_EXTENSIONS.includes(path.extname(candidate)) && fs.existsSync(candidate)) ?? null;
}

/** Why importing `target` from `importer` (both relative to the root) breaks a layer, or null when it is allowed. */
export function layerProblem(importer, target) {
  for (const layer of mainLayers) {
    if (inFolder(importer, layer.folder) && layer.forbidden.some((folder) => inFolder(target, folder))) return layer.message;
  }
  const targetFeature = featureOf(target);
  if (targetFeature === null) return null;
  if (belowFeatures.some((folder) => inFolder(importer, folder)))
    return `${belowFeatures.find((folder) => inFolder(importer, folder))} is below the features and imports none of them: move what it needs from features/${targetFeature} down here.`;
  const importerFeature = featureOf(importer);
  if (importerFeature === null || importerFeature === targetFeature) return null;
  const [from, to] = [levelOf(importerFeature), levelOf(targetFeature)];
  if (from === -1) return `features/${importerFeature} has no level yet: add it to featureLevels in scripts/lint/layering.mjs.`;
  if (to === -1) return `features/${targetFeature} has no level yet: add it to featureLevels in scripts/lint/layering.mjs.`;
  if (to < from) return null;
  return `features/${importerFeature} (level ${from + 1}) may import features of lower levels only, and features/${targetFeature} is level ${to + 1}: move the shared part down (renderer/components/ or a lower feature), or compose both in appPages.tsx.`;
}

const IMPORT_SOURCE = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The files a file imports (relative imports, type-only ones included), read from its text. */
function importsOf(file, text) {
  const targets = new Set();
  for (const match of text.matchAll(IMPORT_SOURCE)) {
    const target = resolveImport(file, match[1] ?? match[2]);
    if (target) targets.add(target);
  }
  return targets;
}

/** Read once per lint run: every other file's imports from disk (the file being linted is read from the editor's text). */
const importsOnDisk = new Map();
function importsOfFileOnDisk(file) {
  if (!importsOnDisk.has(file)) importsOnDisk.set(file, fs.existsSync(file) ? importsOf(file, fs.readFileSync(file, 'utf8')) : new Set());
  return importsOnDisk.get(file);
}

/** A chain of imports from `start` back to `file`, or null: a breadth-first walk, so the chain found is a shortest one. */
export function cycleThrough(file, directImports, importsOfFile = importsOfFileOnDisk) {
  const cameFrom = new Map([...directImports].map((target) => [target, file]));
  const queue = [...directImports];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === file) {
      const chain = [file];
      for (let step = cameFrom.get(file); step !== file; step = cameFrom.get(step)) chain.unshift(step);
      return [file, ...chain];
    }
    for (const next of importsOfFile(current)) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, current);
      queue.push(next);
    }
  }
  return null;
}

const sourceNodes = (node) => node.source?.type === 'Literal' && typeof node.source.value === 'string';

const layersRule = {
  meta: { type: 'problem', docs: { description: 'Imports follow the layers of docs/architecture.md.' }, schema: [] },
  create(context) {
    const importer = relativeTo(context.filename);
    const check = (node) => {
      if (!sourceNodes(node)) return;
      const target = resolveImport(context.filename, node.source.value);
      if (!target) return;
      const problem = layerProblem(importer, relativeTo(target));
      if (problem) context.report({ node: node.source, message: problem });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

const cyclesRule = {
  meta: { type: 'problem', docs: { description: 'No import cycles: a file never depends on itself through its imports.' }, schema: [] },
  create(context) {
    return {
      'Program:exit'(program) {
        const cycle = cycleThrough(context.filename, importsOf(context.filename, context.sourceCode.text));
        if (!cycle) return;
        const names = cycle.map((file) => relativeTo(file)).join(' -> ');
        context.report({
          node: program,
          message: `Import cycle: ${names}. Move what both sides need into a file of its own that imports neither (a type, a helper), or pass it in.`,
        });
      },
    };
  },
};

export const layeringPlugin = { rules: { layers: layersRule, 'no-import-cycles': cyclesRule } };
