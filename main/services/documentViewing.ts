import fs from 'node:fs';
import path from 'node:path';
import { logError } from '../log';
import { makeViewingScratch, writePrivateCopy } from '../documents/viewingScratch';

/**
 * The private copies handed to the system's viewer. **Decision: a copy stays until the workspace locks**, not
 * until the viewer closes: the app cannot know when a viewer has finished reading (many read lazily, or reopen the
 * file), so deleting right after opening would break them. Locking (by hand, idle or quitting) removes the folder;
 * a crash leaves it to the next start's sweep (removeStartLeftovers), since its process is gone then.
 */
export class DocumentViewing {
  private scratch: string | null = null;
  private opened = 0;

  constructor(private readonly makeScratch: () => string = makeViewingScratch) {}

  /** Writes the pieces into a new private file named `fileName` and answers its path. */
  async writeCopy(fileName: string, pieces: AsyncIterable<Uint8Array>): Promise<string> {
    this.scratch ??= this.makeScratch();
    this.opened += 1;
    const file = path.join(this.scratch, String(this.opened), fileName);
    await writePrivateCopy(file, pieces);
    return file;
  }

  /** The folder of copies, or null when nothing was opened since the last lock. */
  get folder(): string | null {
    return this.scratch;
  }

  forgetAll(): void {
    const scratch = this.scratch;
    this.scratch = null;
    this.opened = 0;
    if (!scratch) return;
    try {
      fs.rmSync(scratch, { recursive: true, force: true });
    } catch (error) {
      logError('could not remove the documents opened for viewing', error);
    }
  }
}
