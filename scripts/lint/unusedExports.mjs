// `npm run lint` fails on an export nothing uses: not imported or re-exported by any file of the project, and not
// used in its own file either (code left behind when its last caller moved). ESLint sees one file at a time and
// TypeScript only reports unused locals, so this reads the whole program once with the compiler API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** `file#name` for each name a module specifier brings in; `file#*` when the whole module is used. */
function importedNames(program) {
  const checker = program.getTypeChecker();
  const used = new Set();
  const use = (specifier, name) => {
    const symbol = checker.getSymbolAtLocation(specifier);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
    if (file) used.add(`${file}#${name}`);
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      if (!clause || (bindings && ts.isNamespaceImport(bindings))) use(node.moduleSpecifier, '*');
      if (clause?.name) use(node.moduleSpecifier, 'default');
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) use(node.moduleSpecifier, (element.propertyName ?? element.name).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const clause = node.exportClause;
      if (!clause || !ts.isNamedExports(clause)) use(node.moduleSpecifier, '*');
      else for (const element of clause.elements) use(node.moduleSpecifier, (element.propertyName ?? element.name).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      use(node.arguments[0], '*');
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) if (!file.isDeclarationFile) visit(file);
  return used;
}

function usedInOwnFile(file, name, declaration) {
  let uses = 0;
  const count = (node) => {
    if (ts.isIdentifier(node) && node.text === name && node.parent !== declaration) uses += 1;
    ts.forEachChild(node, count);
  };
  count(file);
  return uses > 0;
}

/** Exports of files under `folders` (relative to the config's folder) that nothing uses: `folder/file.ts: name`. */
export function unusedExports(configFile, folders) {
  const root = path.dirname(configFile);
  const config = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const used = importedNames(program);
  const found = [];
  for (const file of program.getSourceFiles()) {
    const relative = path.relative(root, file.fileName);
    if (file.isDeclarationFile || !folders.some((folder) => relative.startsWith(`${folder}/`)) || used.has(`${file.fileName}#*`)) continue;
    const module = checker.getSymbolAtLocation(file);
    for (const symbol of module ? checker.getExportsOfModule(module) : []) {
      if (used.has(`${file.fileName}#${symbol.name}`) || usedInOwnFile(file, symbol.name, symbol.declarations?.[0])) continue;
      found.push(`${relative}: ${symbol.name}`);
    }
  }
  return found.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = unusedExports(path.resolve('tsconfig.json'), ['main', 'shared', 'renderer']);
  if (found.length > 0) {
    console.error(`Exported but used nowhere (delete it, or stop exporting it):\n${found.map((line) => `  ${line}`).join('\n')}`);
    process.exit(1);
  }
}
