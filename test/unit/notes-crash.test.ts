import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemInput, meetingInput } from './support/meetingInputs';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

const ROUNDS = 4;
const typist = path.join(import.meta.dirname, 'support', 'notesTypist.ts');
const TEXT = 'Youth referred to the shelter on Friday; follow-up with the school counselor and the caseworker next week. '.repeat(40);

/** What the typist reported before it was killed: characters typed, and the lengths the app confirmed saved. */
interface TypistReport {
  typed: number[];
  saved: number[];
}

/** Runs the typist from `start` characters and kills it with SIGKILL at a random moment. */
function typeAndKill(args: string[]): Promise<TypistReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', typist, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // The moment of the crash is random, after the first save the app confirmed (on a busy machine the first one can
      // take longer than any fixed delay); nothing below depends on how long anything took.
      if (/^saved /m.test(output)) timer ??= setTimeout(() => child.kill('SIGKILL'), 300 + Math.floor(Math.random() * 2200));
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`typist exited on its own: ${errors}`));
      const lines = output.split('\n');
      lines.pop(); // a line cut off mid-write was not reported
      const lengths = (kind: string) => lines.filter((line) => line.startsWith(`${kind} `)).map((line) => Number(line.split(' ')[1]));
      resolve({ typed: lengths('typed'), saved: lengths('saved') });
    });
  });
}

describe('notes survive a crash while typing', () => {
  // How soon the editor saves (debounce, max wait) is tested with fake timers in notes-autosave-scheduler.test.tsx.
  it(`keeps a prefix of what was typed and every save the app confirmed, over ${ROUNDS} SIGKILLs`, async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    const meeting = await t.call('meetings.create', meetingInput());
    const item = await t.call('agenda.addItem', itemInput(meeting.id, { title: 'Case review' }));
    const savedText = async () => {
      await t.call('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
      const notes = (await t.call('meetings.get', { id: meeting.id })).agenda[0]?.notesHtml ?? '';
      await t.call('workspace.lock', {});
      return notes.replace(/^<p>|<\/p>$/g, '');
    };
    await t.call('workspace.lock', {});

    let saved = '';
    let typedInAll = 0;
    let confirmedInAll = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const report = await typeAndKill([tempDir(), workspace.path, PASSPHRASE, item.id, TEXT, String(saved.length)]);
      typedInAll += report.typed.length;
      confirmedInAll += report.saved.length;
      const now = await savedText();
      expect(TEXT.startsWith(now), `round ${round}: saved notes are a prefix of the typed text`).toBe(true);
      expect(now.length, `round ${round}: nothing saved earlier is lost`).toBeGreaterThanOrEqual(saved.length);
      expect(now.length, `round ${round}: every confirmed save survived the crash`).toBeGreaterThanOrEqual(Math.max(saved.length, ...report.saved));
      const typed = report.typed.at(-1) ?? saved.length;
      expect(now.length, `round ${round}: nothing was saved that was not typed`).toBeLessThanOrEqual(typed + 1);
      saved = now;
    }
    expect(typedInAll).toBeGreaterThan(ROUNDS * 5);
    expect(confirmedInAll, 'some saves were confirmed before a crash, so the check above was not empty').toBeGreaterThan(0);
    expect(saved.length).toBeGreaterThan(0);
  }, 60_000);
});
