// Child process for the rig's own test: starts a throwaway cluster, prints its folder, and waits to be killed.
import { startPostgresCluster } from '../../support/postgresCluster';

const cluster = await startPostgresCluster();
process.stdout.write(`${cluster.folder}\n`);
setInterval(() => undefined, 60_000);
