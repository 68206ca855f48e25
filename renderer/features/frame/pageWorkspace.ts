/**
 * Which workspace the page in the address belongs to, kept for the tab: after unlocking the same workspace the
 * person returns to that page; after unlocking another one, to its dashboard (a member of one coalition is not in another).
 */
const STORAGE_KEY = 'coalition-desk.page-workspace';

export function pageBelongsToAnotherWorkspace(workspaceId: string): boolean {
  const owner = window.sessionStorage.getItem(STORAGE_KEY);
  return owner !== null && owner !== workspaceId;
}

export function rememberPageWorkspace(workspaceId: string): void {
  window.sessionStorage.setItem(STORAGE_KEY, workspaceId);
}
