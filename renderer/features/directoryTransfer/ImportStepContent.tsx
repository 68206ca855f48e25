import FileDownload from '@mui/icons-material/FileDownload';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { errorMessage } from '../../components/errorMessage';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { ColumnMappingFields } from './ColumnMappingFields';
import { CsvFileField } from './CsvFileField';
import { ImportDefaultsFields } from './ImportDefaultsFields';
import { ImportPreviewTable } from './ImportPreviewTable';
import {
  countOf,
  fileKindChoices,
  type FileKind,
  importCancelledMessage,
  importedSummary,
  organizationsSummary,
  previewSummary,
  problemSummary,
  skipProblemsLabel,
} from './importWording';
import { commitProblems, type ImportFlow } from './useImportFlow';
import { ValueMappingFields } from './ValueMappingFields';

const duplicateChoices = { skip: 'Skip people or organizations already in the directory', update: "Update them with the file's values" } as const;

function ProblemList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <Alert severity="error">
      {title}
      {items.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </Box>
      )}
    </Alert>
  );
}

function MissingFields({ flow }: { flow: ImportFlow }) {
  const missing = flow.preview.data?.missingFields ?? [];
  return missing.length > 0 ? <ProblemList title="Some columns are still needed:" items={missing} /> : null;
}

function LaterPreviewError({ flow }: { flow: ImportFlow }) {
  return flow.preview.error && flow.preview.data ? <Alert severity="error">{errorMessage(flow.preview.error)}</Alert> : null;
}

function FileStep({ flow, pageKind }: { flow: ImportFlow; pageKind: keyof typeof fileKindChoices }) {
  const checked = flow.preview.data && !flow.preview.isPlaceholderData;
  return (
    <>
      <Typography variant="body2">Choose a spreadsheet saved as CSV. Nothing is added to the directory until you confirm the last step.</Typography>
      <ChoiceGroup
        label="What is in the file?"
        value={flow.kind}
        onChange={flow.chooseKind}
        options={fileKindChoices[pageKind] as Record<FileKind, string>}
        disabled={flow.staging}
      />
      <CsvFileField
        fileName={flow.file?.fileName}
        error={flow.fileError}
        disabled={flow.preview.isFetching || flow.staging}
        onChoose={(file) => void flow.chooseFile(file)}
      />
      {checked && flow.preview.data && !flow.fileError && (
        <Typography variant="body2">
          Read {countOf(flow.preview.data.headers.length, 'column')} and {countOf(flow.preview.data.rows.length, 'row')}. Next, check which column is which.
        </Typography>
      )}
    </>
  );
}

function MappingStep({ flow }: { flow: ImportFlow }) {
  const data = flow.preview.data;
  if (!data) return null;
  return (
    <>
      <MissingFields flow={flow} />
      <LaterPreviewError flow={flow} />
      <ColumnMappingFields fields={data.fields} headers={data.headers} mapping={flow.mapping} disabled={flow.commit.isPending} onChange={flow.changeColumn} />
    </>
  );
}

function ValuesStep({ flow }: { flow: ImportFlow }) {
  const data = flow.preview.data;
  if (!data) return null;
  return (
    <>
      <LaterPreviewError flow={flow} />
      <ValueMappingFields values={data.values} disabled={flow.commit.isPending} onChange={flow.changeValue} />
      <ImportDefaultsFields kind={flow.kind} defaults={flow.defaults} disabled={flow.commit.isPending} onChange={flow.changeDefault} />
    </>
  );
}

function ProblemRowsChoice({ flow, counts }: { flow: ImportFlow; counts: NonNullable<ImportFlow['preview']['data']>['counts'] }) {
  const options = { refuse: 'Import nothing until they are fixed', skip: skipProblemsLabel(counts) };
  return (
    <>
      <ChoiceGroup label="Rows with problems" value={flow.problemRows} onChange={flow.setProblemRows} options={options} disabled={flow.commit.isPending} />
      <Box>
        <Button variant="outlined" startIcon={<FileDownload />} onClick={flow.downloadSkippedRows} disabled={flow.skippedRows.isPending}>
          Download the skipped rows (CSV)
        </Button>
      </Box>
      {flow.skippedRows.error && <Alert severity="error">{errorMessage(flow.skippedRows.error)}</Alert>}
    </>
  );
}

function PreviewStep({ flow }: { flow: ImportFlow }) {
  const data = flow.preview.data;
  if (!data) return null;
  const refused = flow.commit.error ? commitProblems(flow.commit.error) : null;
  return (
    <>
      <Typography>{previewSummary(data.counts)}</Typography>
      {data.organizations && <Typography>{organizationsSummary(data.organizations)}</Typography>}
      {data.counts.error > 0 && <Alert severity="error">{problemSummary(data.counts)} Rows with problems are listed first.</Alert>}
      <MissingFields flow={flow} />
      <LaterPreviewError flow={flow} />
      {refused && <ProblemList title={refused.message} items={refused.details} />}
      {flow.commit.cancelled && <Alert severity="info">{importCancelledMessage}</Alert>}
      {data.counts.error > 0 && <ProblemRowsChoice flow={flow} counts={data.counts} />}
      <ChoiceGroup label="Duplicates" value={flow.duplicates} onChange={flow.setDuplicates} options={duplicateChoices} disabled={flow.commit.isPending} />
      {/* A column flexbox without a height lets the grid take its rows' height, up to the cap. */}
      <Box sx={{ display: 'flex', flexDirection: 'column', maxHeight: 440, minHeight: 160 }}>
        <ImportPreviewTable rows={data.rows} />
      </Box>
    </>
  );
}

function DoneStep({ flow }: { flow: ImportFlow }) {
  return flow.commit.data ? <Alert severity="success">{importedSummary(flow.commit.data)}. The directory lists now include them.</Alert> : null;
}

const stepContent = { mapping: MappingStep, values: ValuesStep, preview: PreviewStep, done: DoneStep } as const;

/** What the dialog shows at each step of the import. */
export function ImportStepContent({ flow, pageKind }: { flow: ImportFlow; pageKind: keyof typeof fileKindChoices }) {
  if (flow.step === 'file') return <FileStep flow={flow} pageKind={pageKind} />;
  const Content = stepContent[flow.step];
  return <Content flow={flow} />;
}
