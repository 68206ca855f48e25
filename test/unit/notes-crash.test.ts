import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTES_SAVE_MAX_WAIT_MS } from '../../shared/notesAutosave';
import { itemInput, meetingInput } from './support/meetingInputs';
import { PASSPHRASE, createTestWorkspace, tempDir, testDesk } from './support/testDesk';

const ROUNDS = 4;
/** Time for a due save to run and commit after its timer fires (the event loop, one transaction), with room for a busy CI machine. */
const SAVE_SLACK_MS = 500;
const typist = path.join(import.meta.dirname, 'support', 'notesTypist.ts');
const TEXT = 'Youth referred to the shelter on Friday; follow-up with the school counselor and the caseworker next week. '.repeat(40);

interface Keystroke {
  length: number;
  at: number;
}

/** Runs the typist from `start` characters, kills it with SIGKILL at a random moment, returns its keystrokes and the kill time. */
function typeAndKill(args: string[]): Promise<{ keystrokes: Keystroke[]; killedAt: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', typist, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    let killedAt = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      timer ??= setTimeout(() => {
        killedAt = Date.now();
        child.kill('SIGKILL');
      }, 300 + Math.floor(Math.random() * 2200));
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`typist exited on its own: ${errors}`));
      const lines = output.split('\n');
      lines.pop(); // a line cut off mid-write was not reported
      resolve({ keystrokes: lines.map((line) => ({ length: Number(line.split(' ')[0]), at: Number(line.split(' ')[1]) })), killedAt });
    });
  });
}

describe('notes survive a crash while typing', () => {
  it(`keeps a prefix of what was typed and loses at most the last ${NOTES_SAVE_MAX_WAIT_MS} ms, over ${ROUNDS} SIGKILLs`, async () => {
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
    for (let round = 1; round <= ROUNDS; round += 1) {
      const { keystrokes, killedAt } = await typeAndKill([tempDir(), workspace.path, PASSPHRASE, item.id, TEXT, String(saved.length)]);
      typedInAll += keystrokes.length;
      const now = await savedText();
      expect(TEXT.startsWith(now), `round ${round}: saved notes are a prefix of the typed text`).toBe(true);
      expect(now.length, `round ${round}: nothing saved earlier is lost`).toBeGreaterThanOrEqual(saved.length);
      const mustBeSaved = Math.max(saved.length, ...keystrokes.filter((key) => key.at <= killedAt - NOTES_SAVE_MAX_WAIT_MS - SAVE_SLACK_MS).map((key) => key.length));
      expect(now.length, `round ${round}: at most the last max-wait window of typing is lost`).toBeGreaterThanOrEqual(mustBeSaved);
      const typed = keystrokes.at(-1)?.length ?? saved.length;
      expect(now.length, `round ${round}: nothing was saved that was not typed`).toBeLessThanOrEqual(typed + 1);
      saved = now;
    }
    expect(typedInAll).toBeGreaterThan(ROUNDS * 5);
    expect(saved.length).toBeGreaterThan(0);
  }, 60_000);
});
