// Child process for the notes crash test: opens a real workspace through the app's router and "types" into an
// agenda item's notes, one character at a time, saving with the editor's autosave policy (shared/notesAutosave.ts).
// After each keystroke it prints "typed <length>", and "saved <length>" once the app has answered a save. The parent
// kills it with SIGKILL at a random moment.
import { createCoalitionDesk } from '../../../main/app/createCoalitionDesk';
import { browserHostServices } from '../../../main/app/hostServices';
import { FAST_TEST_SCRYPT_COST } from '../../../main/workspace/kdf';
import { NOTES_SAVE_DEBOUNCE_MS, NOTES_SAVE_MAX_WAIT_MS } from '../../../shared/notesAutosave';

const [dataDir, workspacePath, passphrase, itemId, text, startText] = process.argv.slice(2) as [string, string, string, string, string, string];
const desk = createCoalitionDesk({ dataDir, host: browserHostServices, kdfCost: FAST_TEST_SCRYPT_COST, profile: 'typist' });

async function call(channel: 'workspace.unlock' | 'agenda.saveNotes', input: unknown): Promise<void> {
  const result = await desk.router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
}

let length = Number(startText);
let firstUnsavedAt: number | null = null;
let timer: NodeJS.Timeout | undefined;

/** Saves this long after the last keystroke, and never later than the max wait after the first unsaved one. */
function scheduleSave(now: number): void {
  firstUnsavedAt ??= now;
  clearTimeout(timer);
  const due = Math.min(now + NOTES_SAVE_DEBOUNCE_MS, firstUnsavedAt + NOTES_SAVE_MAX_WAIT_MS);
  timer = setTimeout(() => void save(), Math.max(0, due - now));
}

async function save(): Promise<void> {
  firstUnsavedAt = null;
  const saving = length;
  await call('agenda.saveNotes', { id: itemId, html: `<p>${text.slice(0, saving)}</p>`, confidential: false });
  process.stdout.write(`saved ${saving}\n`);
}

function typeOne(): void {
  if (length >= text.length) return;
  length += 1;
  process.stdout.write(`typed ${length}\n`);
  scheduleSave(Date.now());
  setTimeout(typeOne, 10 + Math.floor(Math.random() * 50));
}

await call('workspace.unlock', { path: workspacePath, passphrase });
typeOne();
