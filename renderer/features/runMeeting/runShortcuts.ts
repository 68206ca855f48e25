import { isMacPlatform } from '../frame/platform';

export type RunCommand = 'next' | 'previous' | 'decision' | 'action' | 'attendance';

/**
 * Alt+Shift with a letter (Option+Shift on a Mac): no text-editing or browser meaning, so they work while typing
 * notes. Matched by key position (event.code), because Option+Shift changes the character a Mac key types.
 */
export const runShortcuts: readonly { command: RunCommand; code: string; letter: string; does: string }[] = [
  { command: 'next', code: 'KeyN', letter: 'N', does: 'next item' },
  { command: 'previous', code: 'KeyP', letter: 'P', does: 'previous item' },
  { command: 'decision', code: 'KeyD', letter: 'D', does: 'record decision' },
  { command: 'action', code: 'KeyA', letter: 'A', does: 'add action item' },
  { command: 'attendance', code: 'KeyT', letter: 'T', does: 'attendance' },
];

const modifierText = isMacPlatform() ? 'Option+Shift+' : 'Alt+Shift+';

export function shortcutText(command: RunCommand): string {
  const shortcut = runShortcuts.find((entry) => entry.command === command);
  return shortcut ? `${modifierText}${shortcut.letter}` : '';
}

export function commandOf(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): RunCommand | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return runShortcuts.find((entry) => entry.code === event.code)?.command ?? null;
}
