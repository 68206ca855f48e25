import { findNotesTarget, saveAgendaItemNotes } from '../db/agendaItemRepository';
import { sanitizeNotes } from '../meetings/notesSanitizer';
import { auditMeetingChange } from './meetingAudit';
import { refuseUnlessEditable } from './meetingEditability';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound } from './workspaceTransaction';

/**
 * Saves an item's notes while someone types (every second or so): sanitized, stored with their plain text,
 * reindexed. Kept cheap on purpose: one read (the item with its meeting's state), one UPDATE, one index write;
 * no history row per save, only when the confidential flag changes.
 */
export function saveNotes(context: ServiceContext, input: { id: string; html: string; confidential: boolean }): { savedAt: string } {
  return inWorkspaceTransaction(context, (db, at) => {
    const item = requireFound(findNotesTarget(db, input.id), 'agenda item');
    refuseUnlessEditable(item);
    saveAgendaItemNotes(db, item, { ...sanitizeNotes(input.html), confidential: input.confidential }, at);
    if (item.notesConfidential !== input.confidential) {
      auditMeetingChange(context, db, at, { id: item.meetingId, action: input.confidential ? 'notes marked confidential' : 'notes no longer confidential', changes: { itemId: item.id, title: item.title } });
    }
    return { savedAt: at };
  });
}
