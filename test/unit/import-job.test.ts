import { describe, expect, it } from 'vitest';
import type { AppEvent, ImportJobStatus } from '../../shared/contract';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { organizationInput } from './support/directoryInputs';
import { dumpTables } from './support/tableDump';
import { createTestWorkspace, testDesk, withDatabaseFile, type TestDesk } from './support/testDesk';

const ROWS = 1_000;

function organizationsFile(rows: number): { kind: 'organizations'; fileName: string; contentBase64: string } {
  const lines = ['Organization,Sector,Involvement'];
  for (let index = 1; index <= rows; index += 1) lines.push(`Agency ${index} of Lane County,Child welfare,core`);
  return { kind: 'organizations', fileName: 'agencies.csv', contentBase64: Buffer.from(lines.join('\r\n')).toString('base64') };
}

type JobEvent = Extract<AppEvent, { type: 'import.job' }>;

/** Every `import.job` event of the desk, and a promise of the first one that ends a job. */
function watchJobs(t: TestDesk) {
  const events: JobEvent[] = [];
  let onEnd: (status: ImportJobStatus) => void = () => undefined;
  const ended = new Promise<ImportJobStatus>((resolve) => (onEnd = resolve));
  const listeners: Array<(event: JobEvent) => void> = [];
  t.desk.events.subscribe((event) => {
    if (event.type !== 'import.job') return;
    events.push(event);
    listeners.forEach((listener) => listener(event));
    if (event.status.state !== 'running') onEnd(event.status);
  });
  return { events, ended, onEvent: (listener: (event: JobEvent) => void) => listeners.push(listener) };
}

function runningPercent(event: JobEvent): number | null {
  return event.status.state === 'running' ? event.status.progress.percent : null;
}

async function unlockedDesk() {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  await t.call('directory.createOrganization', organizationInput({ name: 'Eastside Youth Drop-in' }));
  return { t, files: workspaceFiles(workspace.path) };
}

describe('the import commit as a job', () => {
  it('reports progress in percent that rises to 100 (checking, then writing), then the result', async () => {
    const { t } = await unlockedDesk();
    const jobs = watchJobs(t);
    const { jobId, rows } = await t.call('directory.importStart', organizationsFile(ROWS));
    expect(rows).toBe(ROWS);
    const end = await jobs.ended;

    expect(end).toEqual({ state: 'finished', result: { created: ROWS, updated: 0, skipped: 0, problems: 0, organizationsCreated: 0 } });
    expect(await t.call('directory.importJob', { jobId })).toEqual(end);
    const percents = jobs.events.map(runningPercent).filter((percent) => percent !== null);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    const phases = jobs.events.flatMap((event) => (event.status.state === 'running' ? [event.status.progress] : []));
    expect(phases.some((progress) => progress.phase === 'checking' && progress.done > 0 && progress.done < ROWS)).toBe(true);
    expect(phases.some((progress) => progress.phase === 'writing' && progress.done > 0 && progress.done < ROWS)).toBe(true);
    expect(phases.at(-1)).toEqual({ phase: 'writing', done: ROWS, total: ROWS, percent: 100 });
    expect(await t.call('directory.listOrganizations', {})).toHaveLength(ROWS + 1);
  });

  it('answers other calls while it checks the rows', async () => {
    const { t } = await unlockedDesk();
    const jobs = watchJobs(t);
    const order: string[] = [];
    let answered: Promise<number> | null = null;
    jobs.onEvent((event) => {
      if (answered || event.status.state !== 'running') return;
      // As a call from the window arrives: on its own turn of the event loop, while the job is under way.
      answered = new Promise((resolve) =>
        setImmediate(() => resolve(t.call('dashboard.setupChecklist', {}).then(() => order.push(`answered after ${jobs.events.length} events`)))),
      );
    });
    void jobs.ended.then(() => order.push('job ended'));
    await t.call('directory.importStart', organizationsFile(ROWS));
    await jobs.ended;
    await answered;

    expect(order).toHaveLength(2);
    expect(order[1]).toBe('job ended');
    const answeredAfter = Number(/after (\d+) events/.exec(order[0] ?? '')?.[1]);
    // Answered between the job's slices: while rows were still being checked, long before the job ended.
    const seenThen = jobs.events.slice(0, answeredAfter);
    expect(seenThen.every((event) => event.status.state === 'running' && event.status.progress.phase === 'checking' && event.status.progress.done < ROWS)).toBe(
      true,
    );
  });

  it('stops when cancelled while checking: every table stays exactly as it was', async () => {
    const { t, files } = await unlockedDesk();
    const before = await withDatabaseFile(files, dumpTables);
    const jobs = watchJobs(t);
    let cancelled: Promise<ImportJobStatus> | null = null;
    jobs.onEvent((event) => {
      if (cancelled || event.status.state !== 'running') return;
      setImmediate(() => (cancelled = t.call('directory.importCancel', { jobId: event.jobId })));
    });
    const { jobId } = await t.call('directory.importStart', organizationsFile(ROWS));
    expect(await jobs.ended).toEqual({ state: 'cancelled' });
    expect(await cancelled).toEqual({ state: 'cancelled' });
    expect(await t.call('directory.importJob', { jobId })).toEqual({ state: 'cancelled' });
    expect(jobs.events.some((event) => event.status.state === 'running' && event.status.progress.phase === 'writing')).toBe(false);

    expect(await withDatabaseFile(files, dumpTables)).toEqual(before);
    // The same file imports in full afterwards.
    expect(await t.call('directory.importCommit', organizationsFile(ROWS))).toMatchObject({ created: ROWS });
  });

  it('stops when the workspace locks while it checks, writing nothing; one import runs at a time', async () => {
    const { t, files } = await unlockedDesk();
    const before = await withDatabaseFile(files, dumpTables);
    const jobs = watchJobs(t);
    const second = new Promise<string>((resolve) =>
      jobs.onEvent(() => setImmediate(() => void t.fail('directory.importStart', organizationsFile(10)).then((error) => resolve(error.code)))),
    );
    let locked = false;
    jobs.onEvent(() => {
      if (!locked) setImmediate(() => void t.call('workspace.lock', {}));
      locked = true;
    });
    await t.call('directory.importStart', organizationsFile(ROWS));
    expect(await second).toBe('CONFLICT');
    const end = await jobs.ended;
    expect(end.state === 'cancelled' || (end.state === 'failed' && end.error.code === 'LOCKED')).toBe(true);
    expect(await withDatabaseFile(files, dumpTables)).toEqual(before);
  });

  it('checks the rows again when the directory changed between its slices, so it never writes from a stale reading', async () => {
    const { t } = await unlockedDesk();
    const jobs = watchJobs(t);
    let added: Promise<unknown> | null = null;
    jobs.onEvent(() => {
      added ??= new Promise((resolve) =>
        setImmediate(() => resolve(t.call('directory.createOrganization', organizationInput({ name: `Agency ${ROWS} of Lane County` })))),
      );
    });
    await t.call('directory.importStart', organizationsFile(ROWS));
    expect(await jobs.ended).toMatchObject({ state: 'finished', result: { created: ROWS - 1, skipped: 1 } });
    await added;
    const names = (await t.call('directory.listOrganizations', {})).map((organization) => organization.name);
    expect(names.filter((name) => name === `Agency ${ROWS} of Lane County`)).toHaveLength(1);
  });

  it('refuses a file with problem rows through the job as importCommit did, writing nothing', async () => {
    const { t, files } = await unlockedDesk();
    const before = await withDatabaseFile(files, dumpTables);
    const jobs = watchJobs(t);
    const file = organizationsFile(400);
    const broken = {
      ...file,
      contentBase64: Buffer.from(`${Buffer.from(file.contentBase64, 'base64').toString()}\r\nMoonlight Rollerdrome,Roller derby league,core`).toString(
        'base64',
      ),
    };
    await t.call('directory.importStart', broken);
    const end = await jobs.ended;
    expect(end).toMatchObject({
      state: 'failed',
      error: { code: 'VALIDATION', fieldErrors: { rows: [expect.stringMatching(/^Row 402: .*Roller derby league/)] } },
    });
    expect(await withDatabaseFile(files, dumpTables)).toEqual(before);
  });
});
