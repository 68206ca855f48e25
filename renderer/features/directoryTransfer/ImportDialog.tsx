import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { BusyNotice } from './BusyNotice';
import { ImportProgress } from './ImportProgress';
import { ImportStepContent } from './ImportStepContent';
import { importButtonLabel, importTitles, type ImportKind } from './importWording';
import { importSteps, useImportFlow, type ImportFlow } from './useImportFlow';

const stepLabels = { file: 'Choose file', mapping: 'Match columns', values: 'Match values', preview: 'Check rows', done: 'Done' } as const;
const previousStep = { mapping: 'file', values: 'mapping', preview: 'values' } as const;

function StepButtons({ flow, onClose }: { flow: ImportFlow; onClose: () => void }) {
  const ready = Boolean(flow.preview.data) && !flow.preview.isFetching && !flow.fileError;
  if (flow.step === 'done') {
    return (
      <Button variant="contained" onClick={onClose}>
        Close
      </Button>
    );
  }
  return (
    <>
      {flow.commit.isPending ? (
        <Button onClick={flow.commit.cancel} disabled={!flow.commit.canCancel}>
          Cancel import
        </Button>
      ) : (
        <Button onClick={onClose}>Cancel</Button>
      )}
      <Box sx={{ flexGrow: 1 }} />
      {flow.step !== 'file' && (
        <Button onClick={() => flow.goTo(previousStep[flow.step as keyof typeof previousStep])} disabled={flow.commit.isPending}>
          Back
        </Button>
      )}
      {flow.step === 'file' && (
        <Button variant="contained" onClick={() => flow.goTo('mapping')} disabled={!ready || flow.preview.isPlaceholderData}>
          Next
        </Button>
      )}
      {flow.step === 'mapping' && (
        <Button variant="contained" onClick={() => flow.goTo('values')} disabled={!ready || (flow.preview.data?.missingFields.length ?? 0) > 0}>
          Next
        </Button>
      )}
      {flow.step === 'values' && (
        <Button variant="contained" onClick={() => flow.goTo('preview')} disabled={!ready}>
          Next
        </Button>
      )}
      {flow.step === 'preview' && flow.preview.data && (
        <Button variant="contained" onClick={flow.runImport} disabled={!flow.canImport}>
          {importButtonLabel(flow.preview.data.counts)}
        </Button>
      )}
    </>
  );
}

/** Choose a CSV file, match its columns and values, check every row, then import all (or the good rows). */
export function ImportDialog({ kind, onClose }: { kind: ImportKind; onClose: () => void }) {
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const flow = useImportFlow(kind);
  return (
    <Dialog open onClose={flow.commit.isPending ? undefined : onClose} fullWidth maxWidth="md" fullScreen={narrow} scroll="paper">
      <DialogTitle>{importTitles[flow.kind]}</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Stepper activeStep={importSteps.indexOf(flow.step)} alternativeLabel={narrow} aria-label="Import steps">
            {importSteps.map((step) => (
              <Step key={step} completed={flow.step === 'done' || importSteps.indexOf(step) < importSteps.indexOf(flow.step)}>
                <StepLabel>{stepLabels[step]}</StepLabel>
              </Step>
            ))}
          </Stepper>
          {flow.busyMessage && <BusyNotice message={flow.busyMessage} />}
          {flow.commit.isPending && <ImportProgress job={flow.commit} />}
          <ImportStepContent flow={flow} pageKind={kind} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <StepButtons flow={flow} onClose={onClose} />
      </DialogActions>
    </Dialog>
  );
}
