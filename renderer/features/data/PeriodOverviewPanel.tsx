import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { PeriodOverview, SubmissionState } from '../../../shared/contract';
import { type PeriodKind, lastEndedPeriod } from '../../../shared/dataPeriods';
import { sectorLabel } from '../../../shared/stakeholderSectors';
import { errorMessage } from '../../components/errorMessage';
import { formatDate } from '../../format/formatDate';
import { usePeriodOverview } from './dataQueries';
import { periodChoices, todayIso } from './dataPeriodChoices';
import { PartnerFilesDialog } from './PartnerFilesDialog';
import { SubmissionDialog } from './SubmissionDialog';

const stateChips: Record<SubmissionState, { label: string; color: 'success' | 'warning' | 'error' | 'default' }> = {
  submitted: { label: 'Submitted', color: 'success' },
  'submitted-late': { label: 'Submitted late', color: 'warning' },
  late: { label: 'Late', color: 'error' },
  'not-yet-due': { label: 'Not yet due', color: 'default' },
  'nothing-owed': { label: 'Nothing owed', color: 'default' },
};

/** One period: which organizations owe figures, which have submitted, which are late; each opens its entry form. */
export function PeriodOverviewPanel({ kinds }: { kinds: readonly PeriodKind[] }) {
  const [kind, setKind] = useState<PeriodKind>(kinds[0] ?? 'quarterly');
  const [period, setPeriod] = useState(() => lastEndedPeriod(kind, todayIso()));
  const [entering, setEntering] = useState<{ id: string } | null>(null);
  const [partnerFiles, setPartnerFiles] = useState(false);
  const overview = usePeriodOverview(period);
  const chooseKind = (next: PeriodKind | null) => {
    if (!next) return;
    setKind(next);
    setPeriod(lastEndedPeriod(next, todayIso()));
  };
  return (
    <Stack component="section" aria-labelledby="period-heading" sx={{ gap: 1.5 }}>
      <Typography id="period-heading" variant="h2">
        Figures by period
      </Typography>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        {kinds.length > 1 && (
          <ToggleButtonGroup exclusive size="small" value={kind} onChange={(_, next: PeriodKind | null) => chooseKind(next)} aria-label="Period length">
            <ToggleButton value="quarterly">Quarterly</ToggleButton>
            <ToggleButton value="monthly">Monthly</ToggleButton>
          </ToggleButtonGroup>
        )}
        <TextField select size="small" label="Period" value={period} onChange={(event) => setPeriod(event.target.value)} sx={{ minWidth: 220, maxWidth: 320 }}>
          {periodChoices(kind, todayIso()).map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.label}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" onClick={() => setPartnerFiles(true)} disabled={!overview.data}>
          Partner files…
        </Button>
      </Stack>
      {overview.isPending && <CircularProgress aria-label="Loading the period" />}
      {overview.isError && <Alert severity="error">{errorMessage(overview.error)}</Alert>}
      {overview.data && <OverviewTable overview={overview.data} onEnter={(id) => setEntering({ id })} />}
      {partnerFiles && overview.data && (
        <PartnerFilesDialog
          period={period}
          periodLabel={overview.data.period.label}
          organizations={overview.data.organizations.filter((row) => row.owed > 0)}
          onClose={() => setPartnerFiles(false)}
        />
      )}
      {entering && <SubmissionDialog organizationId={entering.id} period={period} onClose={() => setEntering(null)} />}
    </Stack>
  );
}

function OverviewTable({ overview, onEnter }: { overview: PeriodOverview; onEnter: (organizationId: string) => void }) {
  const owing = overview.organizations.filter((row) => row.owed > 0);
  const submitted = owing.filter((row) => row.state === 'submitted' || row.state === 'submitted-late').length;
  const late = owing.filter((row) => row.state === 'late').length;
  if (overview.organizations.length === 0) {
    return (
      <Typography color="text.secondary">
        No organizations are on the roster yet. Add them on the Organizations page; each then owes the measures of its sector.
      </Typography>
    );
  }
  return (
    <>
      <Typography role="status">
        {overview.period.label}: {submitted} of {owing.length} organizations submitted{late > 0 ? `, ${late} late` : ''}. Due{' '}
        {formatDate(overview.period.dueOn)}.
      </Typography>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: '70vh' }}>
        <Table size="small" stickyHeader aria-label={`Submissions for ${overview.period.label}`}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ minWidth: 200 }}>Organization</TableCell>
              <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>Sector</TableCell>
              <TableCell align="right">Entered</TableCell>
              <TableCell>State</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {overview.organizations.map((row) => {
              const chip = stateChips[row.state];
              return (
                <TableRow key={row.id} sx={row.state === 'late' ? { '& td:first-of-type': { borderLeft: 4, borderLeftColor: 'error.main' } } : undefined}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.name}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{sectorLabel(row.sector)}</TableCell>
                  <TableCell align="right">
                    {row.entered} of {row.owed}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={chip.label} color={chip.color} variant={row.state === 'late' ? 'filled' : 'outlined'} />
                  </TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      sx={{ whiteSpace: 'nowrap' }}
                      disabled={row.owed === 0 && row.entered === 0}
                      onClick={() => onEnter(row.id)}
                      aria-label={`Enter figures for ${row.name}`}
                    >
                      {row.submittedAt ? 'Open' : 'Enter figures'}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
