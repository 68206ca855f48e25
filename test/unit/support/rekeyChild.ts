// Child process for the re-key crash test: unlocks a workspace, prepares a re-key to NEW_PASSPHRASE, says
// "ready", then re-keys. It kills itself with SIGKILL at a named step, or the parent kills it at some moment.
import { recordAudit } from '../../../main/db/auditRepository';
import { FAST_TEST_SCRYPT_COST } from '../../../main/workspace/kdf';
import { openWorkspace } from '../../../main/workspace/openWorkspace';
import { generateRecoveryCode } from '../../../main/workspace/recoveryCodeGenerator';
import { type RekeyStep, applyRekey, prepareRekey } from '../../../main/workspace/rekeyWorkspace';
import { unlockDataKey } from '../../../main/workspace/unlockDataKey';
import { workspaceFiles } from '../../../main/workspace/workspaceFiles';

const [folder, passphrase, newPassphrase, killAt] = process.argv.slice(2) as [string, string, string, RekeyStep | 'none'];
const files = workspaceFiles(folder);
const now = () => new Date();
const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', passphrase);
const workspace = openWorkspace(files, keySlots, dataKey, { now });
const prepared = await prepareRekey(workspace, { passphrase: newPassphrase, recoveryCode: generateRecoveryCode() }, FAST_TEST_SCRYPT_COST);
process.stdout.write('ready\n');
const started = performance.now();
applyRekey(workspace, prepared, {
  now,
  audit: (db) =>
    recordAudit(db, { profile: 'tester', entity: 'workspace', entityId: workspace.meta.id, action: 're-keyed in a child', changes: {} }, now().toISOString()),
  onStep: (step) => {
    if (step === killAt) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write(`done ${Math.round(performance.now() - started)}\n`);
workspace.db.close();
