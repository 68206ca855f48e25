import type { SampleSummary } from '../../shared/contract';
import type { Router } from '../rpc/router';

/**
 * `--sample`: once the backend is up on the database, loads the sample coalition into it and says what it holds and
 * how long it took. A database that already holds records keeps them: the refusal is printed and the app opens
 * the database as it is.
 */
export async function loadSampleAtStart(router: Router, say: (line: string) => void): Promise<void> {
  say('Loading the sample coalition (fictional people and organizations) into the database…');
  const started = process.hrtime.bigint();
  const result = await router.invoke('workspace.loadSample', {});
  if (!result.ok) {
    say(`${result.error.message} Opening the database as it is.`);
    return;
  }
  const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
  const held = result.value as SampleSummary;
  say(
    `Loaded the sample coalition in ${seconds} s: ${held.organizations} organizations, ${held.members} members, ${held.meetings} meetings, ${held.actionItems} action items, ${held.protocols} protocols and agreements, ${held.trainings} trainings.`,
  );
}
