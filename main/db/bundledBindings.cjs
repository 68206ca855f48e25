// Stands in for the `bindings` package inside the main-process bundles (scripts/mainBundleOptions.mjs), which carry
// the SQLCipher module's JavaScript themselves. Only a run without a nativeBinding reaches it: browser mode and the
// CLI, run from a checkout, which load the Node build that `npm install` put in node_modules. The packaged desktop
// app always passes its Electron build (main/electron/nativeBinding.ts) and ships no node_modules at all.
const path = require('node:path');

module.exports = function loadNodeBuild(file) {
  const moduleRoot = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
  return require(path.join(moduleRoot, 'build', 'Release', file));
};
