import type { DataArea } from '../../../shared/dataAreas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput, DocumentSubject } from '../../../shared/contract';
import { invoke, subscribeToEvents } from '../../api';

/** Every documents answer starts its key with this scope, so one change refreshes the library and every attachment list. */
export const documentQueryScope = 'documents' satisfies DataArea;

export const documentKeys = {
  list: (query: string, subject: DocumentSubject | null) => [documentQueryScope, 'list', query, subject] as const,
};

export function useDocuments(query: string, subject: DocumentSubject | null = null) {
  return useQuery({ queryKey: documentKeys.list(query, subject), queryFn: () => invoke('documents.list', { query, subject }) });
}

type ChangeChannel = 'documents.attach' | 'documents.detach' | 'documents.remove';

/** A change to documents or their attachments; afterwards every documents answer is read again. */
export function useDocumentChange<C extends ChangeChannel & ChannelName>(
  channel: C,
  options: { onSuccess?: (result: ChannelOutput<C>) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => invoke(channel, input),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: [documentQueryScope] });
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}

/** Reads every documents answer again when the words of a document have been read in the background (or could not be). */
export function useDocumentTextUpdates(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribeToEvents((event) => {
        if (event.type === 'documents.text') void queryClient.invalidateQueries({ queryKey: [documentQueryScope] });
      }),
    [queryClient],
  );
}
