import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SectorGroup } from '../../../shared/stakeholderSectors';
import { errorMessage } from '../../components/errorMessage';
import { CoverageChart } from './CoverageChart';
import { coreCoverageSummary, rowsInGroup, sectorRows, type SectorRow } from './coverageSummary';
import { SectorCoverageCard } from './SectorCoverageCard';
import { useCoverage } from './useCoverage';

const groupTitles: Record<SectorGroup, string> = {
  core: 'Core sectors',
  community: 'Community groups',
  other: 'Other organizations',
};

export function CoveragePage() {
  const coverage = useCoverage();
  return (
    <Stack sx={{ gap: 3, maxWidth: 1200 }}>
      <Stack sx={{ gap: 1 }}>
        <Typography variant="h1">Coverage</Typography>
        <Typography color="text.secondary">
          Who is at the table, sector by sector. A sector is covered once a core or periodic organization from it takes part.
        </Typography>
      </Stack>
      {coverage.isPending && <CircularProgress aria-label="Loading coverage" />}
      {coverage.isError && <Alert severity="error">{errorMessage(coverage.error)}</Alert>}
      {coverage.data && <Coverage rows={sectorRows(coverage.data)} />}
    </Stack>
  );
}

function Coverage({ rows }: { rows: SectorRow[] }) {
  return (
    <>
      <Card>
        <CardContent>
          <CoverageChart rows={rows} summary={coreCoverageSummary(rows)} />
        </CardContent>
      </Card>
      {(Object.keys(groupTitles) as SectorGroup[]).map((group) => (
        <Stack key={group} component="section" aria-label={groupTitles[group]} sx={{ gap: 2 }}>
          <Typography variant="h2">{groupTitles[group]}</Typography>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))' }}>
            {rowsInGroup(rows, group).map((row) => (
              <SectorCoverageCard key={row.sector.id} row={row} />
            ))}
          </Box>
        </Stack>
      ))}
    </>
  );
}
