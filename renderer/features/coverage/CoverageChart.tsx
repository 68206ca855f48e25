import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { BarChart } from '@mui/x-charts/BarChart';
import { useId } from 'react';
import type { SectorRow } from './coverageSummary';

const BAR_ROW_HEIGHT = 26;
const MIN_SCALE = 4;

/** Organizations per sector, core / periodic / prospective stacked; the summary says the same in words. */
export function CoverageChart({ rows, summary }: { rows: readonly SectorRow[]; summary: string }) {
  const titleId = useId();
  const summaryId = useId();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));
  const largest = Math.max(...rows.map(({ coverage: { organizations } }) => organizations.core + organizations.periodic + organizations.prospective));
  const dataset = rows.map(({ sector, coverage }) => ({ label: sector.label, ...coverage.organizations }));
  const series = [
    { dataKey: 'core', label: 'Core', color: theme.palette.primary.main },
    { dataKey: 'periodic', label: 'Periodic', color: theme.palette.primary.light },
    { dataKey: 'prospective', label: 'Prospective', color: theme.palette.grey[400] },
  ].map((entry) => ({ ...entry, stack: 'organizations' }));

  return (
    <Box component="figure" aria-labelledby={titleId} aria-describedby={summaryId} sx={{ m: 0 }}>
      <Typography id={titleId} component="figcaption" variant="h3">
        Organizations per sector
      </Typography>
      <Typography id={summaryId} sx={{ mt: 1 }}>
        {summary}
      </Typography>
      <BarChart
        dataset={dataset}
        layout="horizontal"
        series={series}
        yAxis={[{ scaleType: 'band', dataKey: 'label', width: narrow ? 130 : 300 }]}
        // Whole organizations only, and a sensible scale while the directory is still (nearly) empty.
        xAxis={[{ tickMinStep: 1, min: 0, max: Math.max(largest, MIN_SCALE), label: 'Organizations' }]}
        height={rows.length * BAR_ROW_HEIGHT + 110}
        grid={{ vertical: true }}
      />
    </Box>
  );
}
