import { BrowserWindow } from 'electron';
import { logError } from '../log';
import { APP_ENTRY_URL } from './appOrigin';
import { secureWebPreferences } from './security';

/** MUI's default light background, so the window does not flash another colour before the page paints. */
export const WINDOW_BACKGROUND = '#ffffff';

/** The one app window: hidden until its first paint, then shown. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Coalition Desk',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => logError('loading the app window', error));
  return window;
}
