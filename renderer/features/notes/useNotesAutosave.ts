import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AgendaItem, MeetingDetail } from '../../../shared/contract';
import { isApiError } from '../../api';
import { meetingKeys, useMeetingChange } from '../../components/meetings/meetingQueries';
import { registerPendingSave } from '../../session/beforeLock';
import { createAutosaveScheduler, type AutosaveStatus } from './notesAutosaveScheduler';
import type { NotesValue } from './notesValue';

/** A locked session, a closed record or notes that are too long will not save by trying again. */
const retryable = (error: unknown) => !isApiError(error, 'LOCKED') && !isApiError(error, 'CONFLICT') && !isApiError(error, 'VALIDATION');

/**
 * Saves one agenda item's notes while they change (see shared/notesAutosave.ts), and at once when the item is left,
 * the window is hidden or closed, or the workspace is about to lock. Mount it once per item (key by the item's id).
 */
export function useNotesAutosave(item: AgendaItem) {
  const queryClient = useQueryClient();
  const { mutateAsync: saveNotes } = useMeetingChange('agenda.saveNotes', { refresh: false });
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved', savedAt: item.notesUpdatedAt });
  const [scheduler] = useState(() =>
    createAutosaveScheduler<NotesValue>({
      save: async (value) => {
        const { savedAt } = await saveNotes({ id: item.id, ...value });
        // The meeting's cached answer keeps what was saved, so coming back to this item shows it.
        queryClient.setQueryData<MeetingDetail>(
          meetingKeys.detail(item.meetingId),
          (detail) =>
            detail && {
              ...detail,
              agenda: detail.agenda.map((entry) =>
                entry.id === item.id ? { ...entry, notesHtml: value.html, notesConfidential: value.confidential, notesUpdatedAt: savedAt } : entry,
              ),
            },
        );
        return savedAt;
      },
      onStatus: setStatus,
      shouldRetry: retryable,
    }),
  );

  useEffect(() => {
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') void scheduler.flush();
    };
    const flushNow = () => void scheduler.flush();
    const unregister = registerPendingSave(scheduler.flush);
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      unregister();
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      void scheduler.flush();
    };
  }, [scheduler]);

  return { status, change: scheduler.change, flush: scheduler.flush };
}
