// Bundled in place of pg's optional native binding (pg-native), which the app never uses: it talks to PostgreSQL
// through pg's JavaScript client. pg asks for the binding only when told to, and treats this exact error as "not
// installed", so the packaged app requires nothing from node_modules (packaging.test.ts).
const missing = new Error("Cannot find module 'pg-native'");
missing.code = 'MODULE_NOT_FOUND';
throw missing;
