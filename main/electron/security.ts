/**
 * Every hardening rule of the desktop shell, in one place for review:
 * window options, navigation, new windows, permissions and the IPC sender check.
 */
import { type Session, shell, type WebContents, type WebFrameMain, type WebPreferences } from 'electron';
import { logError } from '../log';
import { isAppUrl } from './appOrigin';

/** The renderer is an untrusted web page: isolated, sandboxed, no Node, no webviews. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** Links the app may hand to the system: web pages over TLS and e-mail addresses, nothing that runs or reads files. */
const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:']);

export function isSafeExternalUrl(url: string): boolean {
  const parsed = URL.parse(url);
  return parsed !== null && EXTERNAL_PROTOCOLS.has(parsed.protocol);
}

interface NavigationAttempt {
  readonly url: string;
  preventDefault(): void;
}

function stayOnAppOrigin(navigation: NavigationAttempt): void {
  if (!isAppUrl(navigation.url)) navigation.preventDefault();
}

/**
 * Keeps a web contents on the app's origin: no navigation or redirect away, no new windows, no webviews.
 * Links meant for the outside world open in the system's browser or mail app (target="_blank").
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => logError('opening a link outside the app', error));
    }
    return { action: 'deny' };
  });
}

/** The app needs no camera, microphone, location, notifications-by-web-API or any other browser permission. */
/** The one permission the app needs: writing text to the clipboard (the "Copy" of the recovery code), for its own pages. */
const PERMISSIONS_FOR_THE_APP: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(PERMISSIONS_FOR_THE_APP.has(permission) && isAppUrl(details.requestingUrl ?? '')),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => PERMISSIONS_FOR_THE_APP.has(permission) && isAppUrl(requestingOrigin));
}

/** Only the app's own top-level page may call the main process; subframes and foreign or file:// pages may not. */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}
