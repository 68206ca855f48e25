import { createCoalitionDesk } from '../app/createCoalitionDesk';
import { browserHostServices } from '../app/hostServices';
import { defaultDataDir } from '../hosts/defaultDataDir';
import { PASSPHRASE_ENV } from '../cli/readSecret';

const DEMO_PASSPHRASE = 'riverbend sample coalition';

/** `npm run demo`: prepares the sample coalition's workspace, then `npm start` opens it. */
async function main(): Promise<void> {
  const dataDirFlag = process.argv.indexOf('--data-dir');
  const dataDir = dataDirFlag >= 0 ? (process.argv[dataDirFlag + 1] ?? defaultDataDir()) : defaultDataDir();
  const passphrase = process.env[PASSPHRASE_ENV] ?? DEMO_PASSPHRASE;
  const desk = createCoalitionDesk({ dataDir, host: browserHostServices });
  const result = await desk.router.invoke('workspace.createSample', { passphrase, location: null });
  desk.close();
  if (!result.ok) {
    console.error(`The sample workspace was not created: ${result.error.message}`);
    process.exitCode = 1;
    return;
  }
  const { workspace } = result.value as { workspace: { name: string; path: string } };
  console.log(`Sample workspace ready: ${workspace.name}`);
  console.log(`  folder:     ${workspace.path}`);
  console.log(process.env[PASSPHRASE_ENV] ? `  passphrase: the one in ${PASSPHRASE_ENV}` : `  passphrase: ${DEMO_PASSPHRASE}   (sample data only; fictional)`);
  console.log('Run `npm start` and pick it from the recent workspaces.');
}

void main();
