/** Browser mode: the per-launch token arrives in the URL fragment once, then lives in sessionStorage. */
const STORAGE_KEY = 'coalition-desk.token';

export function takeBrowserToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    window.sessionStorage.setItem(STORAGE_KEY, fromHash);
    // Keep the token out of the address bar, history and screenshots.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return window.sessionStorage.getItem(STORAGE_KEY);
}

/** The host refused the token (it was started again since): drop it, so a reload does not try it again. */
export function forgetBrowserToken(): void {
  window.sessionStorage.removeItem(STORAGE_KEY);
}
