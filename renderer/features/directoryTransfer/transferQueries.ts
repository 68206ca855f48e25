import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput, ImportDefaultsInput, ValueMappings } from '../../../shared/contract';
import { invoke } from '../../api';
import type { StagedCsvFile } from './chosenCsvFile';
import type { FileKind } from './importWording';

export type ColumnMapping = Record<string, number | null>;
export type DuplicateChoice = 'skip' | 'update';
export type ProblemRowsChoice = 'refuse' | 'skip';

export interface ImportChoices {
  kind: FileKind;
  file: StagedCsvFile | null;
  /** null until the person changes a column: the host's guess is used until then. */
  mapping: ColumnMapping | null;
  duplicates: DuplicateChoice;
  /** Only the values the person matched in this import; the host adds those remembered from earlier ones. */
  valueMappings: ValueMappings;
  defaults: ImportDefaultsInput;
  problemRows: ProblemRowsChoice;
}

type ImportRequest = ChannelInput<'directory.importPreview'>;

export function importRequest({
  kind,
  file,
  mapping,
  duplicates,
  valueMappings,
  defaults,
  problemRows,
}: ImportChoices & { file: StagedCsvFile }): ImportRequest {
  return { kind, stagedId: file.stagedId, duplicates, valueMappings, defaults, problemRows, ...(mapping ? { mapping } : {}) };
}

/** Sends the chosen file to the host once; previews and the commit name it by the id the host gives back. */
export function useStageImport() {
  return useMutation({ mutationFn: (input: ChannelInput<'directory.importStage'>) => invoke('directory.importStage', input) });
}

/**
 * The host's reading of the staged file, asked again whenever a choice changes (the file is not sent again).
 * Kept outside the directory's query scope, so refreshing the lists after an import does not re-check the file.
 */
export function useImportPreview(choices: ImportChoices) {
  const { kind, file, mapping, duplicates, valueMappings, defaults } = choices;
  return useQuery({
    queryKey: ['directoryTransfer', 'preview', kind, file?.stagedId ?? '', duplicates, mapping, valueMappings, defaults] as const,
    queryFn: () => invoke('directory.importPreview', importRequest({ ...choices, file: file as StagedCsvFile })),
    enabled: file !== null,
    staleTime: Infinity,
    gcTime: 0,
    // While a new choice is checked, keep showing the last answer for the same file and kind (never another file's).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === file?.stagedId && previousQuery?.queryKey[2] === kind ? previous : undefined),
  });
}

/** The rows the import would leave out, with their reasons, as a CSV to fix and import again. */
export function useSkippedRowsFile() {
  return useMutation({ mutationFn: (choices: ImportChoices & { file: StagedCsvFile }) => invoke('directory.importProblemRows', importRequest(choices)) });
}
