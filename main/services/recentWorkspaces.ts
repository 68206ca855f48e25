import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type RecentWorkspace, recentWorkspaceSchema } from '../../shared/contract';
import { atomicWriteFile } from '../fs/atomicWriteFile';
import { makeFolder } from '../workspace/folderRules';

const MAX_RECENT = 12;
const recentFileSchema = z.object({ version: z.literal(1), workspaces: z.array(recentWorkspaceSchema) });

/**
 * The list on the unlock screen: names and paths only, kept outside any workspace so it can be
 * read while everything is locked. It never holds workspace content.
 */
export class RecentWorkspaces {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent-workspaces.json');
  }

  list(): RecentWorkspace[] {
    try {
      const parsed = recentFileSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data.workspaces : [];
    } catch {
      return [];
    }
  }

  remember(entry: RecentWorkspace): void {
    const others = this.list().filter((item) => item.path !== entry.path);
    this.save([entry, ...others].slice(0, MAX_RECENT));
  }

  /** The coalition was renamed in Settings: the list shows the new name, in the same place. */
  rename(workspacePath: string, name: string): void {
    const resolved = path.resolve(workspacePath);
    const list = this.list();
    if (!list.some((item) => item.path === resolved)) return;
    this.save(list.map((item) => (item.path === resolved ? { ...item, name } : item)));
  }

  forget(workspacePath: string): void {
    this.save(this.list().filter((item) => item.path !== path.resolve(workspacePath)));
  }

  private save(workspaces: RecentWorkspace[]): void {
    makeFolder(path.dirname(this.file));
    atomicWriteFile(this.file, `${JSON.stringify({ version: 1, workspaces }, null, 2)}\n`);
  }
}
