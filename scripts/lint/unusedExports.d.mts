/** Exports of files under `folders` (relative to the config's folder) that nothing uses: `folder/file.ts: name`. */
export function unusedExports(configFile: string, folders: readonly string[]): string[];
