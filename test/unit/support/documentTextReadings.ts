// Waiting for the background reader of documents' words (main/services/documentTexts.ts) through its events.
import { expect } from 'vitest';
import type { DocumentSummary } from '../../../shared/contract';
import type { DocumentTextState } from '../../../shared/documentText';
import { type Details, uploadDocument } from './documentFixtures';
import type { TestDesk } from './testDesk';

/**
 * The `documents.text` events from now on: `read(id)` resolves with the state the background reader saved for that
 * document (at once if it already has). Subscribe before the upload or unlock that starts the reading.
 */
export function documentTextReadings(t: TestDesk) {
  const states = new Map<string, DocumentTextState>();
  const waiting = new Map<string, (state: DocumentTextState) => void>();
  t.desk.events.subscribe((event) => {
    if (event.type !== 'documents.text') return;
    states.set(event.documentId, event.textState);
    waiting.get(event.documentId)?.(event.textState);
  });
  return {
    read(id: string): Promise<DocumentTextState> {
      const known = states.get(id);
      return known ? Promise.resolve(known) : new Promise((resolve) => waiting.set(id, resolve));
    },
  };
}

/** Uploads a file and waits until its words have been read in the background; the summary as the library then lists it. */
export async function uploadAndRead(t: TestDesk, fileName: string, bytes: Buffer, details: Details = {}): Promise<DocumentSummary> {
  const readings = documentTextReadings(t);
  const stored = await uploadDocument(t, fileName, bytes, details);
  expect(stored.textState).toBe('pending');
  await readings.read(stored.id);
  const listed = (await t.call('documents.list', {})).find((document) => document.id === stored.id);
  if (!listed) throw new Error(`${fileName} is not in the library`);
  return listed;
}
