/**
 * How meeting notes are saved while someone types: a save goes out this long after the last keystroke,
 * and never later than NOTES_SAVE_MAX_WAIT_MS after the first unsaved one. A crash loses at most that window.
 */
export const NOTES_SAVE_DEBOUNCE_MS = 400;
export const NOTES_SAVE_MAX_WAIT_MS = 1000;
