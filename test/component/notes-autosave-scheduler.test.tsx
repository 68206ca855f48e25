import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTES_SAVE_DEBOUNCE_MS, NOTES_SAVE_MAX_WAIT_MS } from '../../shared/notesAutosave';
import { createAutosaveScheduler, type AutosaveStatus } from '../../renderer/features/notes/notesAutosaveScheduler';
import { flushPendingSaves, registerPendingSave } from '../../renderer/session/beforeLock';

beforeEach(() => {
  vi.useFakeTimers();
});

function schedulerWith(save: (value: string) => Promise<string>, shouldRetry?: (error: unknown) => boolean) {
  const statuses: AutosaveStatus[] = [];
  const scheduler = createAutosaveScheduler<string>({ save, onStatus: (status) => statuses.push(status), ...(shouldRetry && { shouldRetry }) });
  return { scheduler, statuses, last: () => statuses.at(-1) };
}

const savedNow = vi.fn(async (_value: string) => '2026-11-25T14:02:00.000Z');

describe('the notes autosave scheduler', () => {
  it('saves once, the debounce window after the last keystroke', async () => {
    const { scheduler, last } = schedulerWith(savedNow);
    scheduler.change('A');
    await vi.advanceTimersByTimeAsync(NOTES_SAVE_DEBOUNCE_MS - 100);
    scheduler.change('Ag');
    await vi.advanceTimersByTimeAsync(NOTES_SAVE_DEBOUNCE_MS - 1);
    expect(savedNow).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(savedNow.mock.calls).toEqual([['Ag']]);
    expect(last()).toEqual({ state: 'saved', savedAt: '2026-11-25T14:02:00.000Z' });
    expect(scheduler.hasUnsaved()).toBe(false);
  });

  it('saves no later than the maximum wait after the first unsaved keystroke, even while typing goes on', async () => {
    const { scheduler } = schedulerWith(savedNow);
    let text = '';
    for (let elapsed = 0; elapsed < NOTES_SAVE_MAX_WAIT_MS; elapsed += 100) {
      text += 'x';
      scheduler.change(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(savedNow).toHaveBeenCalledTimes(1);
    expect(savedNow.mock.calls[0]?.[0]).toBe('x'.repeat(NOTES_SAVE_MAX_WAIT_MS / 100));
  });

  it('flushes at once and sends nothing when nothing is unsaved', async () => {
    const { scheduler } = schedulerWith(savedNow);
    await scheduler.flush();
    expect(savedNow).not.toHaveBeenCalled();

    scheduler.change('Quorum reached');
    await scheduler.flush();
    expect(savedNow.mock.calls).toEqual([['Quorum reached']]);
    await vi.advanceTimersByTimeAsync(NOTES_SAVE_MAX_WAIT_MS * 2);
    expect(savedNow).toHaveBeenCalledTimes(1);
  });

  it('keeps the text after a failed save and retries until it is saved', async () => {
    const save = vi.fn<(value: string) => Promise<string>>().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue('2026-11-25T14:03:00.000Z');
    const { scheduler, last } = schedulerWith(save);
    scheduler.change('Protocol draft due');
    await scheduler.flush();
    expect(last()).toMatchObject({ state: 'failed', retrying: true });
    expect(scheduler.hasUnsaved()).toBe(true);

    await vi.advanceTimersByTimeAsync(1000);
    expect(save.mock.calls).toEqual([['Protocol draft due'], ['Protocol draft due']]);
    expect(last()).toEqual({ state: 'saved', savedAt: '2026-11-25T14:03:00.000Z' });
  });

  it('sends the newest text when typing went on during a failed save', async () => {
    let failFirst: (error: Error) => void = () => undefined;
    const save = vi
      .fn<(value: string) => Promise<string>>()
      .mockImplementationOnce(() => new Promise((_resolve, reject) => (failFirst = reject)))
      .mockResolvedValue('2026-11-25T14:04:00.000Z');
    const { scheduler } = schedulerWith(save);
    scheduler.change('one');
    const first = scheduler.flush();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.change('one two');
    failFirst(new Error('busy'));
    await first;
    await scheduler.flush();
    expect(save.mock.calls.map(([value]) => value)).toEqual(['one', 'one two']);
  });

  it('stops retrying when told a failure will not pass', async () => {
    const save = vi.fn<(value: string) => Promise<string>>().mockRejectedValue(new Error('record closed'));
    const { scheduler, last } = schedulerWith(save, () => false);
    scheduler.change('late note');
    await scheduler.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(last()).toMatchObject({ state: 'failed', retrying: false });
  });
});

describe('saving before the workspace locks', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for every registered save', async () => {
    const { scheduler } = schedulerWith(savedNow);
    const unregister = registerPendingSave(scheduler.flush);
    scheduler.change('typed just before Lock');
    await flushPendingSaves();
    unregister();
    expect(savedNow.mock.calls).toEqual([['typed just before Lock']]);
  });

  it('gives up waiting after the limit so locking never hangs', async () => {
    const unregister = registerPendingSave(() => new Promise(() => undefined));
    let locked = false;
    const waiting = flushPendingSaves(1000).then(() => (locked = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(locked).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(locked).toBe(true);
    unregister();
  });
});
