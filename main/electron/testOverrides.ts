/**
 * Settings that only tests may change from outside. A packaged app ignores them all: an environment variable must
 * not be able to point an installed app at another data folder (and its recent-workspaces list) or anything else.
 */
export const USER_DATA_DIR_VARIABLE = 'COALITION_DESK_USER_DATA_DIR';

/** The data folder the `_electron` tests give the unpackaged app; undefined when packaged or not set. */
export function userDataDirOverride(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  return env[USER_DATA_DIR_VARIABLE] || undefined;
}
