export interface ItemTiming {
  /** "12:05" of time spent on the item. */
  elapsed: string;
  /** "15:00", or null when the item has no timebox. */
  timebox: string | null;
  over: boolean;
  /** "4 min left", "3 min over", or "No timebox". */
  words: string;
}

const clock = (totalSeconds: number) => {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.floor(totalSeconds % 60);
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
};

/** Time on the current item against its timebox, in a clock and in words; a started overrun counts as a minute. */
export function itemTiming(startedAt: string, timeboxMinutes: number, now: number): ItemTiming {
  const elapsedSeconds = Math.max(0, (now - Date.parse(startedAt)) / 1000);
  const elapsed = clock(elapsedSeconds);
  if (timeboxMinutes <= 0) return { elapsed, timebox: null, over: false, words: 'No timebox' };
  const leftSeconds = timeboxMinutes * 60 - elapsedSeconds;
  const timebox = clock(timeboxMinutes * 60);
  if (leftSeconds >= 0) {
    const left = Math.ceil(leftSeconds / 60);
    return { elapsed, timebox, over: false, words: left <= 1 ? 'Less than a minute left' : `${left} min left` };
  }
  return { elapsed, timebox, over: true, words: `${Math.ceil(-leftSeconds / 60)} min over` };
}
