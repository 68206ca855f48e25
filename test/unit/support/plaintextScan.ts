import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

/** Every marker starts with this, so one search finds any of them (case-insensitive: search indexes lower-case). */
export const MARKER_PREFIX = 'Ptxmark';

/** A unique marker for one field of one table. */
export const marker = (where: string) => `${MARKER_PREFIX}${where}Q`;

export interface Finding {
  file: string;
  problem: string;
}

const needles = (text: string) => [Buffer.from(text.toLowerCase(), 'latin1'), Buffer.from(text.toLowerCase(), 'utf16le')];

/** What is wrong with a file's bytes: a marker (UTF-8 or UTF-16, any case) or a plaintext SQLite header. */
export function plaintextIn(file: string, bytes: Buffer): Finding[] {
  const lower = Buffer.from(bytes.toString('latin1').toLowerCase(), 'latin1');
  const findings: Finding[] = [];
  if (needles(MARKER_PREFIX).some((needle) => lower.includes(needle))) findings.push({ file, problem: `contains "${MARKER_PREFIX}…"` });
  if (bytes.includes('SQLite format 3')) findings.push({ file, problem: 'has a plaintext SQLite header' });
  return findings;
}

/** Every file under `folder`, recursively, with its bytes. */
export function filesUnder(folder: string): Array<[string, Buffer]> {
  if (!fs.existsSync(folder)) return [];
  if (fs.statSync(folder).isFile()) return [[folder, fs.readFileSync(folder)]];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => [file, fs.readFileSync(file)] as [string, Buffer]);
}

/**
 * Keeps a copy of every file the app deletes or renames away while `run` runs (snapshots, partial backups, the
 * verify scratch folder, temp files of atomic writes), so what existed only for a moment is scanned too.
 */
export async function capturingRemovedFiles(run: () => Promise<void>): Promise<Array<[string, Buffer]>> {
  const captured: Array<[string, Buffer]> = [];
  const keep = (target: fs.PathLike) => captured.push(...filesUnder(String(target)));
  const rmSync = fs.rmSync;
  const unlinkSync = fs.unlinkSync;
  const renameSync = fs.renameSync;
  const spies = [
    vi.spyOn(fs, 'rmSync').mockImplementation((target, options) => {
      keep(target);
      rmSync(target, options);
    }),
    vi.spyOn(fs, 'unlinkSync').mockImplementation((target) => {
      keep(target);
      unlinkSync(target);
    }),
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      keep(from);
      renameSync(from, to);
    }),
  ];
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return captured;
}
