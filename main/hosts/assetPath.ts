import path from 'node:path';

export type AssetPath = { kind: 'file'; path: string } | { kind: 'forbidden' } | { kind: 'malformed' };

/**
 * Maps a URL path (still percent-encoded, as in `URL.pathname`) to a file inside rootDir.
 * Refuses anything that could name a file outside it once decoded: `..` segments (also as %2e%2e),
 * encoded slashes that form them, backslashes (Windows separators) and NUL bytes.
 */
export function resolveAssetPath(rootDir: string, encodedPathname: string): AssetPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encodedPathname);
  } catch {
    return { kind: 'malformed' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  if (decoded.split('/').includes('..')) return { kind: 'forbidden' };

  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  // Second line of defence: whatever the checks above missed must still land inside the root.
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return { kind: 'forbidden' };
  return { kind: 'file', path: resolved };
}
