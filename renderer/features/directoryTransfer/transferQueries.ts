import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { invoke } from '../../api';
import { directoryQueryScope } from '../../components/directory/directoryQueryScope';
import type { ChosenCsvFile } from './chosenCsvFile';
import type { ImportKind } from './importWording';

export type ColumnMapping = Record<string, number | null>;
export type DuplicateChoice = 'skip' | 'update';

export interface ImportChoices {
  kind: ImportKind;
  file: ChosenCsvFile | null;
  /** null until the person changes a column: the host's guess is used until then. */
  mapping: ColumnMapping | null;
  duplicates: DuplicateChoice;
}

function importRequest({ kind, file, mapping, duplicates }: ImportChoices & { file: ChosenCsvFile }): ChannelInput<'directory.importPreview'> {
  return { kind, fileName: file.fileName, contentBase64: file.contentBase64, duplicates, ...(mapping ? { mapping } : {}) };
}

/**
 * The host's reading of the chosen file, asked again whenever the mapping or the duplicates choice changes.
 * Kept outside the directory's query scope, so refreshing the lists after an import does not re-check the file.
 */
export function useImportPreview(choices: ImportChoices) {
  const { kind, file, mapping, duplicates } = choices;
  return useQuery({
    queryKey: ['directoryTransfer', 'preview', kind, file?.id ?? 0, duplicates, mapping] as const,
    queryFn: () => invoke('directory.importPreview', importRequest({ ...choices, file: file as ChosenCsvFile })),
    enabled: file !== null,
    staleTime: Infinity,
    gcTime: 0,
    // While a new mapping is checked, keep showing the last answer for the same file (never another file's).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === file?.id ? previous : undefined),
  });
}

/** Writes the rows all or nothing, then refreshes every directory answer (lists, details, coverage, search). */
export function useImportCommit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choices: ImportChoices & { file: ChosenCsvFile }) => invoke('directory.importCommit', importRequest(choices)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [directoryQueryScope] }),
  });
}

export function useRosterExport() {
  return useMutation({ mutationFn: (input: ChannelInput<'directory.exportRoster'>) => invoke('directory.exportRoster', input) });
}
