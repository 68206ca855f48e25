import UploadFile from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useRef, useState } from 'react';
import type { PartnerFilePreview as Preview } from '../../../shared/contract';
import { invoke } from '../../api';
import { errorMessage } from '../../components/errorMessage';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { bytesToBase64 } from '../../components/files/base64';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useDataChange } from './dataQueries';
import { PartnerFilePreview } from './PartnerFilePreview';

export interface OwingOrganization {
  id: string;
  name: string;
}

/**
 * Partners who do not have the app: fill-in files to send them, and the files they return, previewed before anything
 * is stored. Mount it only while open.
 */
export function PartnerFilesDialog({
  period,
  periodLabel,
  organizations,
  onClose,
}: {
  period: string;
  periodLabel: string;
  organizations: readonly OwingOrganization[];
  onClose: () => void;
}) {
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" fullScreen={narrow} scroll="paper" aria-labelledby="partner-files-title">
      <DialogTitle id="partner-files-title">Partner files: {periodLabel}</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 3 }}>
          <Typography color="text.secondary">
            For partners who do not use Coalition Desk: send each a spreadsheet with the measures it owes, and import the file it returns. Counts only, never
            people: the file asks for no names, dates of birth or case numbers, and a note that looks like one is refused.
          </Typography>
          {organizations.length === 0 ? (
            <Typography>No organization owes figures for {periodLabel}.</Typography>
          ) : (
            <>
              <DownloadSection period={period} organizations={organizations} />
              <Divider />
              <ImportSection period={period} organizations={organizations} onDone={onClose} />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function DownloadSection({ period, organizations }: { period: string; organizations: readonly OwingOrganization[] }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const { startJob, exportDialog, busy } = useExportJob();
  const toggle = (id: string) => setChosen((current) => (current.has(id) ? new Set([...current].filter((other) => other !== id)) : new Set([...current, id])));
  return (
    <Stack component="section" aria-labelledby="partner-download-heading" sx={{ gap: 1 }}>
      <Typography id="partner-download-heading" variant="h3">
        Fill-in files to send
      </Typography>
      <Typography variant="body2" color="text.secondary">
        One Excel file per organization: only the counts and a short note can be typed; what each measure counts is on its second sheet. Several organizations
        come as one zip.
      </Typography>
      <FormGroup aria-label="Organizations to make files for">
        {organizations.map((organization) => (
          <FormControlLabel
            key={organization.id}
            control={<Checkbox checked={chosen.has(organization.id)} onChange={() => toggle(organization.id)} />}
            label={organization.name}
            sx={{ overflowWrap: 'anywhere' }}
          />
        ))}
      </FormGroup>
      <Stack direction="row" sx={{ gap: 1 }}>
        <Button
          variant="outlined"
          disabled={busy || chosen.size === 0}
          onClick={() => startJob(() => invoke('data.partnerFilesExport', { period, organizationIds: [...chosen] }))}
        >
          {chosen.size > 1 ? `Download ${chosen.size} fill-in files` : 'Download the fill-in file'}
        </Button>
        {chosen.size < organizations.length && (
          <Button onClick={() => setChosen(new Set(organizations.map((organization) => organization.id)))} disabled={busy}>
            Choose all
          </Button>
        )}
      </Stack>
      {exportDialog}
    </Stack>
  );
}

function ImportSection({ period, organizations, onDone }: { period: string; organizations: readonly OwingOrganization[]; onDone: () => void }) {
  const [organizationId, setOrganizationId] = useState('');
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [reason, setReason] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const { notify } = useNotify();
  const importFile = useDataChange('data.partnerFileImport', {
    onSuccess: (result) => {
      const parts = [
        result.entered > 0 ? `${result.entered} new` : '',
        result.corrected > 0 ? `${result.corrected} corrected (earlier figures kept in the history)` : '',
      ]
        .filter(Boolean)
        .join(', ');
      notify(`Figures imported for ${result.organizationName}, ${result.periodLabel}${parts ? `: ${parts}` : ''}.`, 'success');
      onDone();
    },
    onError: (error) => setProblem(errorMessage(error)),
  });
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setPreview(null);
    setReading(true);
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      setPreview(await invoke('data.partnerFileStage', { organizationId, period, fileName: file.name, contentBase64 }));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setReading(false);
    }
  };
  const changes = preview?.lines.filter((line) => line.change === 'new' || line.change === 'correction').length ?? 0;
  const ready = preview !== null && preview.problems.length === 0 && (!preview.needsReason || reason.trim() !== '');
  return (
    <Stack component="section" aria-labelledby="partner-import-heading" sx={{ gap: 1.5 }}>
      <Typography id="partner-import-heading" variant="h3">
        Import a returned file
      </Typography>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label="The file is from"
          value={organizationId}
          onChange={(event) => {
            setOrganizationId(event.target.value);
            setPreview(null);
            setProblem(null);
          }}
          sx={{ minWidth: 260, maxWidth: '100%' }}
        >
          {organizations.map((organization) => (
            <MenuItem key={organization.id} value={organization.id}>
              {organization.name}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="outlined"
          startIcon={<UploadFile />}
          disabled={organizationId === '' || reading || importFile.isPending}
          onClick={() => input.current?.click()}
        >
          Choose the returned file…
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label="Returned partner file"
          onChange={(event) => {
            void choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        {reading && <CircularProgress size={24} aria-label="Reading the file" />}
      </Stack>
      {problem && <Alert severity="error">{problem}</Alert>}
      {preview && <PartnerFilePreview preview={preview} />}
      {preview?.needsReason && preview.problems.length === 0 && (
        <TextField
          label="Why these figures change"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          helperText="Some figures in the file replace figures already stored. The earlier values are kept in the history with your reason."
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      )}
      {preview && preview.problems.length === 0 && (
        <Stack direction="row" sx={{ gap: 1 }}>
          <Button
            variant="contained"
            disabled={!ready || importFile.isPending || changes === 0}
            onClick={() => importFile.mutate({ stagedId: preview.stagedId, reason })}
          >
            {changes === 0 ? 'Nothing new to import' : `Import ${changes === 1 ? '1 figure' : `${changes} figures`}`}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
