import QueryStats from '@mui/icons-material/QueryStats';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ReviewView } from '../../../shared/dataReview';
import { hiddenFiguresRule } from '../../../shared/smallNumbers';
import { errorMessage } from '../../components/errorMessage';
import { ComplianceSection } from './ComplianceSection';
import { HealthSection } from './HealthSection';
import { AtAGlance, MeasureSection } from './MeasureSection';
import { MissingSection } from './MissingSection';
import { type ReviewFilter, ReviewFilters } from './ReviewFilters';
import { useReviewSeries } from './dataReviewQueries';
import { defaultRange, monthsOf, todayIso } from './reviewRange';

/**
 * The data review: partners' figures over time and by organization, against earlier periods, the 24-hour rates,
 * what is missing, and the coalition's health. Shown as it may be shared (small numbers hidden) unless the
 * coordinator switches exact figures on for themselves.
 */
export function DataReviewPage() {
  const [filter, setFilter] = useState<ReviewFilter>(() => ({ ...defaultRange('quarterly', todayIso()), setId: null, sector: '' }));
  const [exact, setExact] = useState(false);
  const view: ReviewView = exact ? 'exact' : 'shared';
  const series = useReviewSeries({ from: filter.from, to: filter.to, setId: filter.setId, sectors: filter.sector === '' ? [] : [filter.sector] });
  const threshold = series.data?.threshold ?? 10;
  return (
    <Stack sx={{ gap: 3, maxWidth: 1200, minWidth: 0 }}>
      <Typography variant="h1">Data review</Typography>
      <ReviewFilters filter={filter} onChange={setFilter} kinds={['quarterly', 'monthly']} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <FormControlLabel
          control={<Switch checked={exact} onChange={(event) => setExact(event.target.checked)} />}
          label={<Typography sx={{ fontWeight: 600 }}>Show exact figures (for your eyes only: not for sharing)</Typography>}
        />
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          {exact
            ? 'Exact figures are shown, small ones included. Switch this off before sharing your screen or copying figures.'
            : `Sharing view: ${hiddenFiguresRule(threshold)} Safe to share.`}
        </Typography>
      </Paper>
      {series.isPending && <CircularProgress aria-label="Loading the figures" />}
      {series.isError && <Alert severity="error">{errorMessage(series.error)}</Alert>}
      {series.data && series.data.measures.length === 0 && <NothingToReview />}
      {series.data && series.data.measures.length > 0 && (
        <>
          <AtAGlance series={series.data} view={view} />
          <MeasureSection series={series.data} view={view} />
          <ComplianceSection series={series.data} view={view} />
          <MissingSection series={series.data} />
        </>
      )}
      <HealthSection months={monthsOf(filter)} />
    </Stack>
  );
}

function NothingToReview() {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 4 } }}>
      <Stack sx={{ gap: 1.5, alignItems: 'flex-start' }}>
        <QueryStats color="primary" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h2">No measures to review yet</Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 680 }}>
          Figures appear here once a measure set is switched on (on the Data page, Measures tab) and partners have entered their counts. Try every measure set
          and every sector above if you expected figures. The coalition’s health below comes from meetings, action items and protocols already in the app.
        </Typography>
      </Stack>
    </Paper>
  );
}
