import { useState } from 'react';
import type { DocumentSummary } from '../../../shared/contract';
import { useNotify } from '../notifications/NotificationContext';
import { deliverDocument } from './deliverDocument';

/** Open (desktop) or download (browser mode) a document, with the outcome in the snackbar; `busyId` is the one on its way. */
export function useDeliverDocument() {
  const { notify, notifyError } = useNotify();
  const [busyId, setBusyId] = useState<string | null>(null);
  const deliver = async (document: Pick<DocumentSummary, 'id' | 'name' | 'kind'>) => {
    setBusyId(document.id);
    try {
      const outcome = await deliverDocument(document);
      notify(
        outcome === 'opened' ? `"${document.name}" opened in your computer's viewer.` : `"${document.name}" was handed to your browser's downloads.`,
        'success',
      );
    } catch (error) {
      notifyError(error);
    } finally {
      setBusyId(null);
    }
  };
  return { deliver, busyId };
}
