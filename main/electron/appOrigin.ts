/** The app's own origin: the renderer is served from here, and only this origin is trusted. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coalition-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is on the app's origin. Compared by parts because WHATWG URL gives custom
 * schemes an opaque origin ("null") in Node; ports and credentials are never part of ours.
 */
export function isAppUrl(url: string): boolean {
  const parsed = URL.parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
