/** What a browser tab that cannot reach Coalition Desk tells the person: what happened and what to do, in plain words. */
export const notConnectedMessage =
  'This tab is no longer connected to Coalition Desk. Open Coalition Desk again from its shortcut, or start it again the way you started it before; it opens a new tab that works.';

export const hostStoppedMessage =
  'Coalition Desk has stopped, so this tab cannot reach your workspace. Open Coalition Desk again from its shortcut, or start it again the way you started it before.';
