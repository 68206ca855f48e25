import { useEffect, useState } from 'react';

const TICK_MS = 250;

/** Whole seconds left before another try is allowed; counts toward a deadline, so it never drifts. */
export function useRetryCountdown(): [secondsLeft: number, start: (waitMs: number) => void] {
  const [clock, setClock] = useState({ until: 0, now: 0 });
  const waiting = clock.now < clock.until;

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setClock((current) => ({ ...current, now: Date.now() })), TICK_MS);
    return () => clearInterval(timer);
  }, [waiting]);

  const start = (waitMs: number) => {
    const now = Date.now();
    setClock({ until: now + Math.max(0, waitMs), now });
  };
  return [Math.max(0, Math.ceil((clock.until - clock.now) / 1000)), start];
}

/** The one sentence shown while waiting; the server's own message carries a number that no longer counts down. */
export function slowDownText(secondsLeft: number): string {
  return `Too many wrong attempts. Try again in ${secondsLeft} ${secondsLeft === 1 ? 'second' : 'seconds'}.`;
}
