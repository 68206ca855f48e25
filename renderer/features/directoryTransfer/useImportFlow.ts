import { useState } from 'react';
import { MAX_IMPORT_BYTES, fileTooLargeMessage } from '../../../shared/importLimits';
import { ApiError } from '../../api';
import { errorMessage } from '../../components/errorMessage';
import { readCsvFile, type ChosenCsvFile } from './chosenCsvFile';
import { checkingRowsMessage, LARGE_FILE_ROWS, rowsToImport, type ImportKind } from './importWording';
import { useImportCommit, useImportPreview, type ColumnMapping, type DuplicateChoice } from './transferQueries';

export const importSteps = ['file', 'mapping', 'preview', 'done'] as const;
export type ImportStep = (typeof importSteps)[number];

/** What the host said about a file it could not read (not UTF-8, ragged rows), or any other failure of the first check. */
function fileProblem(error: unknown): string {
  return (error instanceof ApiError && error.fieldErrors?.file?.[0]) || errorMessage(error);
}

/** The commit's refusal: its message, then each line with a problem and each column still to choose. */
export function commitProblems(error: unknown): { message: string; details: string[] } {
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : undefined;
  return { message: errorMessage(error), details: [...(fieldErrors?.rows ?? []), ...(fieldErrors?.mapping ?? [])] };
}

/** The import dialog's state: the chosen file, mapping and duplicates choice, the host's preview, and the commit. */
export function useImportFlow(kind: ImportKind) {
  const [step, setStep] = useState<ImportStep>('file');
  const [file, setFile] = useState<ChosenCsvFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [chosenMapping, setChosenMapping] = useState<ColumnMapping | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const choices = { kind, file, mapping: chosenMapping, duplicates };
  const preview = useImportPreview(choices);
  const commit = useImportCommit();

  const mapping = chosenMapping ?? preview.data?.mapping ?? {};
  const large = (file?.rowEstimate ?? 0) > LARGE_FILE_ROWS;
  const counts = preview.data?.counts;
  const blocked = !counts || counts.error > 0 || (preview.data?.missingFields.length ?? 0) > 0 || rowsToImport(counts) === 0;

  const chooseFile = async (chosen: File) => {
    setReadError(null);
    setChosenMapping(null);
    commit.reset();
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      setReadError(fileTooLargeMessage(chosen.size));
      return;
    }
    try {
      setFile(await readCsvFile(chosen));
    } catch {
      setFile(null);
      setReadError('That file could not be read. Check that it is not open in another program, then try again.');
    }
  };

  return {
    step,
    goTo: setStep,
    file,
    fileError: readError ?? (preview.error && !preview.data ? fileProblem(preview.error) : null),
    preview,
    mapping,
    changeColumn: (field: string, column: number | null) => setChosenMapping({ ...mapping, [field]: column }),
    duplicates,
    setDuplicates,
    chooseFile,
    commit,
    canImport: !blocked && !preview.isFetching && !commit.isPending,
    runImport: () => {
      if (file) commit.mutate({ ...choices, file }, { onSuccess: () => setStep('done') });
    },
    busyMessage: !large ? null : commit.isPending ? 'Importing…' : preview.isFetching ? checkingRowsMessage(file?.rowEstimate ?? 0) : null,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
