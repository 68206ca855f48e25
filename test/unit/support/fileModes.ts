import fs from 'node:fs';
import path from 'node:path';

/** Every file under a folder whose permission bits let anyone but its owner in, with its mode in octal. */
export function openToOthers(folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const mode = fs.statSync(file).mode & 0o777;
    if (entry.isFile() && (mode & 0o077) !== 0) found[path.relative(folder, file)] = mode.toString(8);
  }
  return found;
}
