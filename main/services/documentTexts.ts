import type { DocumentTextState } from '../../shared/documentText';
import { type DocumentToRead, documentForText, nextDocumentToRead, setTextState } from '../db/documentTextRepository';
import { readChunk } from '../db/documentRepository';
import { type StorageExecutor, dialectOf } from '../db/engine/storageEngine';
import { searchIndexFor } from '../db/engine/search/searchIndexFor';
import { type TextOutcome, type TextReading, readTextInWorker } from '../documents/textWorkers';
import { logError, logInfo } from '../log';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

type ReadText = (kind: DocumentToRead['kind'], chunks: readonly Uint8Array[]) => TextReading;

/** The search entry of a document: its name, and as body its version label and whatever words were read from it. */
export async function putDocumentSearchEntry(db: StorageExecutor, id: string, document: { name: string; versionLabel: string }, text: string): Promise<void> {
  await searchIndexFor({ dialect: dialectOf(db) }).put(db, 'documents', {
    kind: 'document',
    refId: id,
    title: document.name,
    body: [document.versionLabel, text],
  });
}

/**
 * Reads the words of stored PDFs and Word documents for search, in the background: after a document is stored,
 * and after each unlock (documents stored before schema step 170 wait as `pending`). One document at a time, newest
 * first, each in a worker of its own (textWorkers.ts); the bytes are read from the database piece by piece, one
 * query each, so requests go on being answered between them. A lock stops the worker and leaves the document
 * `pending` for the next unlock. Each result is saved in a short transaction of its own and announced with a
 * `documents.text` event (the library refreshes).
 */
export class DocumentTexts {
  private running: Promise<void> | null = null;
  private wokenAgain = false;
  /** Moves on every stop: a loop of an earlier session sees it and ends. */
  private generation = 0;
  private reading: TextReading | null = null;

  constructor(private readonly read: ReadText = readTextInWorker) {}

  wake(context: ServiceContext): void {
    if (this.running) {
      this.wokenAgain = true;
      return;
    }
    const generation = this.generation;
    this.running = this.readWaiting(context, generation).finally(() => {
      this.running = null;
    });
  }

  /** On lock and close: the worker ends, and whatever was not saved waits for the next unlock. */
  stop(): void {
    this.generation += 1;
    this.wokenAgain = false;
    this.reading?.stop();
    this.reading = null;
  }

  /** Resolves once nothing is being read (for the bench and tests that wait for every document at once). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async readWaiting(context: ServiceContext, generation: number): Promise<void> {
    // After the call that woke it (an upload, an unlock) has been answered.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const current = () => generation === this.generation;
    try {
      do {
        this.wokenAgain = false;
        while (current() && (await this.readNext(context, current))) {
          // one document per turn of the loop
        }
      } while (current() && this.wokenAgain);
    } catch (error) {
      // A lock or close mid-way ends the loop quietly; anything else is logged (by its name and message only).
      if (current()) logError('reading document text', error);
    }
  }

  /** Reads and saves the next waiting document; false when none waits or the session moved on. */
  private async readNext(context: ServiceContext, current: () => boolean): Promise<boolean> {
    const next = await nextDocumentToRead(storage(context));
    if (!next) return false;
    const chunks: Uint8Array[] = [];
    for (let index = 0; index < next.chunkCount; index += 1) {
      const chunk = await readChunk(storage(context), next.id, index);
      if (!current()) return false;
      if (!chunk) return true; // removed meanwhile: nothing to save, go on
      chunks.push(chunk);
    }
    this.reading = this.read(next.kind, chunks);
    chunks.length = 0;
    const outcome = await this.reading.outcome;
    this.reading = null;
    if (outcome.kind === 'stopped' || !current()) return false;
    const state = stateOf(outcome);
    if (outcome.kind === 'unreadable') logInfo(`A ${next.kind} document's text could not be read (${outcome.reason}); it is found by its name.`);
    await this.save(context, next, state, outcome.kind === 'text' ? outcome.text : '');
    return true;
  }

  /**
   * The text and state in one transaction, if the document is still the one that was read (not removed, not already
   * read). Should the index refuse the text, the document is saved as unreadable rather than read again forever.
   */
  private async save(context: ServiceContext, document: DocumentToRead, state: DocumentTextState, text: string): Promise<void> {
    let saved: DocumentTextState | null;
    try {
      saved = await saveText(context, document, state, text);
    } catch (error) {
      logError('saving document text', error);
      saved = await saveText(context, document, 'unreadable', '');
    }
    if (saved) context.events.emit({ type: 'documents.text', documentId: document.id, textState: saved });
  }
}

function stateOf(outcome: Exclude<TextOutcome, { kind: 'stopped' }>): DocumentTextState {
  if (outcome.kind === 'unreadable') return 'unreadable';
  return outcome.text === '' ? 'empty' : 'read';
}

/** The state saved, or null when the document is no longer the one that was read. */
function saveText(context: ServiceContext, document: DocumentToRead, state: DocumentTextState, text: string): Promise<DocumentTextState | null> {
  return inTransaction(context, async (trx) => {
    const stored = await documentForText(trx, document.id);
    if (!stored || stored.textState !== 'pending' || stored.sha256 !== document.sha256) return null;
    await putDocumentSearchEntry(trx, document.id, stored, text);
    await setTextState(trx, document.id, state);
    return state;
  });
}
