/** Mac keyboards use Cmd where others use Ctrl for app shortcuts. */
export function isMacPlatform(): boolean {
  return /mac/i.test(navigator.platform) || /Mac OS X/.test(navigator.userAgent);
}

export const lockShortcutText = isMacPlatform() ? 'Cmd+Shift+L' : 'Ctrl+Shift+L';
