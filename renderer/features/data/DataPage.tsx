import BarChart from '@mui/icons-material/BarChart';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import type { Catalogue } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { CataloguePanel } from './CataloguePanel';
import { MeasureSetsPanel } from './MeasureSetsPanel';
import { PeriodOverviewPanel } from './PeriodOverviewPanel';
import { SmallNumbersPanel } from './SmallNumbersPanel';
import { useCatalogue } from './dataQueries';

type DataTab = 'figures' | 'measures';

/**
 * The coalition's figures: partners' counts by period, and the measures they count. Counts only, never people.
 * Each panel is its own component, so other views (charts, the annual report) can sit beside them.
 * `toolbarActions`: what other features offer beside the title (composed in appPages.tsx).
 */
export function DataPage({ toolbarActions }: { toolbarActions?: ReactNode }) {
  const catalogue = useCatalogue();
  const [tab, setTab] = useState<DataTab>('figures');
  return (
    <Stack sx={{ gap: 3, maxWidth: 1200 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h1">Data</Typography>
        {toolbarActions}
      </Stack>
      {catalogue.isPending && <CircularProgress aria-label="Loading the measures" />}
      {catalogue.isError && <Alert severity="error">{errorMessage(catalogue.error)}</Alert>}
      {catalogue.data && !catalogue.data.measures.some((measure) => measure.active) && <NoMeasuresYet catalogue={catalogue.data} />}
      {catalogue.data?.measures.some((measure) => measure.active) && (
        <>
          <Tabs value={tab} onChange={(_, next: DataTab) => setTab(next)} aria-label="Data views">
            <Tab value="figures" label="Figures" />
            <Tab value="measures" label="Measures" />
          </Tabs>
          {tab === 'figures' && <PeriodOverviewPanel kinds={kindsInUse(catalogue.data)} />}
          {tab === 'measures' && (
            <>
              <MeasureSetsPanel catalogue={catalogue.data} />
              <CataloguePanel catalogue={catalogue.data} />
              <SmallNumbersPanel />
            </>
          )}
        </>
      )}
    </Stack>
  );
}

/** Quarterly first: the rhythm most coalitions review in. */
const kindsInUse = (catalogue: Catalogue) =>
  (['quarterly', 'monthly'] as const).filter((kind) => catalogue.measures.some((measure) => measure.active && measure.period === kind));

function NoMeasuresYet({ catalogue }: { catalogue: Catalogue }) {
  return (
    <Stack sx={{ gap: 3 }}>
      <Paper variant="outlined" sx={{ p: { xs: 3, sm: 4 } }}>
        <Stack sx={{ gap: 1.5, alignItems: 'flex-start' }}>
          <BarChart color="primary" sx={{ fontSize: 48 }} aria-hidden />
          <Typography variant="h2">Choose what the coalition counts</Typography>
          <Typography color="text.secondary" sx={{ maxWidth: 680 }}>
            Partners report counts here, the same measures with the same definitions, so the figures can be added up and compared. Start by switching on a
            measure set below (the P.L. 113-183 set is what child welfare reports under the law), or add the coalition’s own measure. Then each organization
            owes the measures of its sector, period by period.
          </Typography>
          <Typography sx={{ fontWeight: 600 }}>Counts only, never people: no names, dates of birth or case numbers are kept.</Typography>
        </Stack>
      </Paper>
      <MeasureSetsPanel catalogue={catalogue} />
      <CataloguePanel catalogue={catalogue} />
    </Stack>
  );
}
