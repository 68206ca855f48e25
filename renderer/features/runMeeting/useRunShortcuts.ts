import { useEffect, useEffectEvent } from 'react';
import { commandOf, type RunCommand } from './runShortcuts';

/** Listens for the run view's shortcuts anywhere in the window, the notes editor included, while `enabled`. */
export function useRunShortcuts(enabled: boolean, onCommand: (command: RunCommand) => void): void {
  const run = useEffectEvent(onCommand);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandOf(event);
      if (!command || event.repeat) return;
      // Inside another dialog (a link, an invitation) only the attendance toggle applies.
      const inDialog = event.target instanceof Element && event.target.closest('[role="dialog"]') !== null;
      if (inDialog && command !== 'attendance') return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
