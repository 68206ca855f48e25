import { useEffect } from 'react';
import { isMacPlatform } from './platform';

/** Ctrl+Shift+L (Cmd+Shift+L on a Mac) anywhere in the window. */
export function useLockShortcut(onLock: () => void): void {
  useEffect(() => {
    const mac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      const commandKey = mac ? event.metaKey : event.ctrlKey;
      if (commandKey && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        onLock();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLock]);
}
