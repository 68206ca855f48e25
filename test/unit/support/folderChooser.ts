// Child process for the system-folder test: asks a real app for the folders named on the command line and
// prints each answer as one JSON line. Run in its own process so a call that never returns can be killed.
import path from 'node:path';
import { createCoalitionDesk } from '../../../main/app/createCoalitionDesk';
import { browserHostServices } from '../../../main/app/hostServices';
import { FAST_TEST_SCRYPT_COST } from '../../../main/workspace/kdf';

const [dataDir, workspaceLocations, backupFolders] = process.argv.slice(2).map((arg, index) => (index === 0 ? arg : JSON.parse(arg))) as [
  string,
  string[],
  string[],
];
const desk = createCoalitionDesk({
  dataDir,
  host: browserHostServices,
  kdfCost: FAST_TEST_SCRYPT_COST,
  profile: 'tester',
  now: () => new Date(),
  warmExportWorker: false,
});
const input = {
  name: 'Riverside Youth Safety Coalition',
  jurisdiction: { state: 'Oregon', region: 'Lane County' },
  passphrase: 'correct horse battery staple',
};

for (const location of workspaceLocations) {
  const result = await desk.router.invoke('workspace.create', { ...input, location });
  console.log(JSON.stringify({ location, result: result.ok ? 'created' : result.error }));
}
const created = await desk.router.invoke('workspace.create', { ...input, location: path.join(dataDir) });
if (!created.ok) throw new Error(created.error.message);
for (const folder of backupFolders) {
  const result = await desk.router.invoke('backups.setFolder', { folder });
  console.log(JSON.stringify({ folder, result: result.ok ? 'accepted' : result.error }));
}
desk.close();
