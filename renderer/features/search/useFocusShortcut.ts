import { useEffect, type RefObject } from 'react';

/** Ctrl+K (Cmd+K on a Mac, where Ctrl is kept for text editing) moves focus to the given field. */
export function useFocusShortcut(target: RefObject<HTMLInputElement | null>, key = 'k'): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === key) {
        event.preventDefault();
        target.current?.focus();
        target.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [target, key]);
}
