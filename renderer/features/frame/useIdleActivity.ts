import { useEffect } from 'react';
import { invoke } from '../../api';

const ACTIVITY_PING_INTERVAL_MS = 30_000;
const activityEvents = ['keydown', 'pointerdown', 'wheel'] as const;

/** Tells the host the person is still here, so auto-lock counts from the last real input. */
export function useIdleActivity(): void {
  useEffect(() => {
    // Unlocking just counted as activity, so the first ping can wait a full interval.
    let lastPing = Date.now();
    const onInput = () => {
      const now = Date.now();
      if (now - lastPing < ACTIVITY_PING_INTERVAL_MS) return;
      lastPing = now;
      // A lost ping only means auto-lock may come a little early; a LOCKED answer is handled by api.ts.
      invoke('session.activity', {}).catch(() => undefined);
    };
    for (const type of activityEvents) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      for (const type of activityEvents) window.removeEventListener(type, onInput, { capture: true });
    };
  }, []);
}
