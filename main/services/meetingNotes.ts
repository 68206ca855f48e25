import { readNotesTarget, storeNotes } from '../db/agendaItemRepository';
import { sanitizeNotes } from '../meetings/notesSanitizer';
import { writeMeetingHistory } from './meetingAudit';
import { refuseUnlessEditable } from './meetingEditability';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound } from './workspaceTransaction';

/**
 * Saves an item's notes while someone types (every second or so): sanitized, stored with their plain text,
 * reindexed. Kept cheap on purpose: one small transaction with one read (the item with its meeting's state), one
 * UPDATE, one index write; no history row per save, only when the confidential flag changes. The notes are
 * sanitized before the transaction starts.
 */
export function saveNotes(context: ServiceContext, input: { id: string; html: string; confidential: boolean }): Promise<{ savedAt: string }> {
  const notes = { ...sanitizeNotes(input.html), confidential: input.confidential };
  return inTransaction(context, async (trx, at) => {
    const item = requireFound(await readNotesTarget(trx, input.id), 'agenda item');
    refuseUnlessEditable(item);
    await storeNotes(trx, item, notes, at);
    if (item.notesConfidential !== input.confidential) {
      await writeMeetingHistory(context, trx, at, {
        id: item.meetingId,
        action: input.confidential ? 'notes marked confidential' : 'notes no longer confidential',
        changes: { itemId: item.id, title: item.title },
      });
    }
    return { savedAt: at };
  });
}
