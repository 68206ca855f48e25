import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { errorMessage } from '../../components/errorMessage';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { ColumnMappingFields } from './ColumnMappingFields';
import { CsvFileField } from './CsvFileField';
import { ImportPreviewTable } from './ImportPreviewTable';
import { countOf, importedSummary, previewSummary, problemSummary } from './importWording';
import { commitProblems, type ImportFlow } from './useImportFlow';

const duplicateChoices = { skip: 'Skip rows already in the directory', update: "Update them with the file's values" } as const;

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

function FileStep({ flow }: { flow: ImportFlow }) {
  const checked = flow.preview.data && !flow.preview.isPlaceholderData;
  return (
    <>
      <Typography variant="body2">Choose a spreadsheet saved as CSV. Nothing is added to the directory until you confirm the last step.</Typography>
      <CsvFileField fileName={flow.file?.fileName} error={flow.fileError} disabled={flow.preview.isFetching} onChoose={(file) => void flow.chooseFile(file)} />
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

function PreviewStep({ flow }: { flow: ImportFlow }) {
  const data = flow.preview.data;
  if (!data) return null;
  const refused = flow.commit.error ? commitProblems(flow.commit.error) : null;
  return (
    <>
      <Typography>{previewSummary(data.counts)}</Typography>
      {data.counts.error > 0 && <Alert severity="error">{problemSummary(data.counts)} Rows with problems are listed first.</Alert>}
      <MissingFields flow={flow} />
      <LaterPreviewError flow={flow} />
      {refused && <ProblemList title={refused.message} items={refused.details} />}
      <ChoiceGroup label="Duplicates" value={flow.duplicates} onChange={flow.setDuplicates} options={duplicateChoices} disabled={flow.commit.isPending} />
      {/* A column flexbox without a height lets the grid take its rows' height, up to the cap. */}
      <Box sx={{ display: 'flex', flexDirection: 'column', maxHeight: 440, minHeight: 160 }}>
        <ImportPreviewTable rows={data.rows} />
      </Box>
    </>
  );
}

function DoneStep({ flow }: { flow: ImportFlow }) {
  return flow.commit.data ? (
    <Alert severity="success">
      {importedSummary(flow.commit.data)}. The directory lists now include them.
    </Alert>
  ) : null;
}

const stepContent = { file: FileStep, mapping: MappingStep, preview: PreviewStep, done: DoneStep } as const;

/** What the dialog shows at each step of the import. */
export function ImportStepContent({ flow }: { flow: ImportFlow }) {
  const Content = stepContent[flow.step];
  return <Content flow={flow} />;
}
