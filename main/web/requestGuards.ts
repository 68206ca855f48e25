import crypto from 'node:crypto';

/**
 * Browser mode listens on loopback only, and still trusts nothing: the Host header must name the
 * loopback address and port (DNS rebinding), a browser Origin must be ours (cross-site requests),
 * and every API call must carry the per-launch token.
 */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedHosts(port).includes(hostHeader.toLowerCase());
}

/** Requests without Origin (same-origin GETs, non-browser clients) pass; a present Origin must be ours. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return allowedHosts(port).some((host) => originHeader.toLowerCase() === `http://${host}`);
}

export function hasValidToken(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function newLaunchToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * `npm run dev` restarts the host when the backend is rebuilt and keeps one token across the restarts, so the open tab
 * stays connected. It hands the token over in the environment (the command line can be read by other users).
 */
export const LAUNCH_TOKEN_VARIABLE = 'COALITION_DESK_LAUNCH_TOKEN';

/** The token handed over in the environment, taken out of it so no child process inherits it; undefined if none. */
export function takeLaunchTokenFrom(env: NodeJS.ProcessEnv): string | undefined {
  const given = env[LAUNCH_TOKEN_VARIABLE];
  delete env[LAUNCH_TOKEN_VARIABLE];
  if (given === undefined || given === '') return undefined;
  if (!/^[A-Za-z0-9_-]{43}$/.test(given))
    throw new Error(`${LAUNCH_TOKEN_VARIABLE} must be 32 random bytes in base64url (43 characters), as the app makes them.`);
  return given;
}
