import { useState } from 'react';
import type { ImportDefaultsInput, ValueMappings } from '../../../shared/contract';
import { MAX_IMPORT_BYTES, fileTooLargeMessage } from '../../../shared/importLimits';
import type { ValueCategory } from '../../../shared/importValues';
import { ApiError } from '../../api';
import { errorMessage } from '../../components/errorMessage';
import { downloadFile } from '../../components/files/downloadFile';
import { readCsvFile, type StagedCsvFile } from './chosenCsvFile';
import { checkingRowsMessage, LARGE_FILE_ROWS, rowsToImport, type FileKind, type ImportKind } from './importWording';
import {
  importRequest,
  useImportPreview,
  useSkippedRowsFile,
  useStageImport,
  type ColumnMapping,
  type DuplicateChoice,
  type ProblemRowsChoice,
} from './transferQueries';
import { useImportJob } from './useImportJob';

export const importSteps = ['file', 'mapping', 'values', 'preview', 'done'] as const;
export type ImportStep = (typeof importSteps)[number];

/** Preselected, and shown before the import so nobody is made non-voting by the file's silence. */
export const initialDefaults: Required<ImportDefaultsInput> = {
  involvement: 'core',
  kind: 'other',
  votingMember: 'primary-representatives',
  coalitionRole: 'member',
};

/** What the host said about a file it could not read (not UTF-8, ragged rows), or any other failure of the first check. */
function fileProblem(error: unknown): string {
  return (error instanceof ApiError && error.fieldErrors?.file?.[0]) || errorMessage(error);
}

/** The commit's refusal: its message, then each row with a problem and each column still to choose. */
export function commitProblems(error: unknown): { message: string; details: string[] } {
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : undefined;
  return { message: errorMessage(error), details: [...(fieldErrors?.rows ?? []), ...(fieldErrors?.mapping ?? [])] };
}

/** The import dialog's state: the chosen file (sent once), its kind, the mappings and choices, the host's preview, and the commit. */
export function useImportFlow(pageKind: ImportKind) {
  const [step, setStep] = useState<ImportStep>('file');
  const [kind, setKind] = useState<FileKind>(pageKind);
  const [file, setFile] = useState<StagedCsvFile | null>(null);
  const [rowEstimate, setRowEstimate] = useState(0);
  const [readError, setReadError] = useState<string | null>(null);
  const [chosenMapping, setChosenMapping] = useState<ColumnMapping | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const [valueMappings, setValueMappings] = useState<ValueMappings>({});
  const [defaults, setDefaults] = useState(initialDefaults);
  const [problemRows, setProblemRows] = useState<ProblemRowsChoice>('refuse');
  const choices = { kind, file, mapping: chosenMapping, duplicates, valueMappings, defaults, problemRows };
  const stage = useStageImport();
  const preview = useImportPreview(choices);
  const commit = useImportJob();
  const skippedRows = useSkippedRowsFile();

  const mapping = chosenMapping ?? preview.data?.mapping ?? {};
  const large = rowEstimate > LARGE_FILE_ROWS;
  const counts = preview.data?.counts;
  const refusedForProblems = (counts?.error ?? 0) > 0 && problemRows === 'refuse';
  const blocked = !counts || refusedForProblems || (preview.data?.missingFields.length ?? 0) > 0 || rowsToImport(counts) === 0;

  const chooseFile = async (chosen: File) => {
    setReadError(null);
    setChosenMapping(null);
    setFile(null);
    commit.reset();
    if (chosen.size > MAX_IMPORT_BYTES) {
      setReadError(fileTooLargeMessage(chosen.size));
      return;
    }
    try {
      const read = await readCsvFile(chosen);
      setRowEstimate(read.rowEstimate);
      setFile(await stage.mutateAsync({ fileName: read.fileName, contentBase64: read.contentBase64 }));
    } catch (error) {
      setReadError(
        error instanceof ApiError ? fileProblem(error) : 'That file could not be read. Check that it is not open in another program, then try again.',
      );
    }
  };

  const chooseKind = (next: FileKind) => {
    setKind(next);
    setChosenMapping(null);
  };

  return {
    // A finished import shows its result, whichever step the dialog was on.
    step: commit.data ? 'done' : step,
    goTo: setStep,
    kind,
    chooseKind,
    file,
    fileError: readError ?? (preview.error && !preview.data ? fileProblem(preview.error) : null),
    preview,
    mapping,
    changeColumn: (field: string, column: number | null) => setChosenMapping({ ...mapping, [field]: column }),
    duplicates,
    setDuplicates,
    changeValue: (category: ValueCategory, key: string, id: string) =>
      setValueMappings((current) => ({ ...current, [category]: { ...current[category], [key]: id } })),
    defaults,
    changeDefault: <F extends keyof typeof initialDefaults>(field: F, value: (typeof initialDefaults)[F]) =>
      setDefaults((current) => ({ ...current, [field]: value })),
    problemRows,
    setProblemRows,
    chooseFile,
    staging: stage.isPending,
    commit,
    skippedRows,
    downloadSkippedRows: () => {
      if (file) skippedRows.mutate({ ...choices, file }, { onSuccess: downloadFile });
    },
    canImport: !blocked && !preview.isFetching && !commit.isPending,
    runImport: () => {
      if (file) commit.start(importRequest({ ...choices, file }));
    },
    // The commit shows its own progress (ImportProgress); these calls say only that they are still working.
    busyMessage: !large || commit.isPending ? null : stage.isPending ? 'Reading the file…' : preview.isFetching ? checkingRowsMessage(rowEstimate) : null,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
