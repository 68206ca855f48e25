import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { qualitiesToLookFor } from '../../../shared/sectorContributions';
import { organizationPath } from '../../components/directory/directoryPaths';
import type { SectorRow } from './coverageSummary';
import { CoverageStatusChip } from './CoverageStatusChip';
import { SectorAtTable } from './SectorAtTable';
import { SectorContributions } from './SectorContributions';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** One sector: its status, who is at the table (linked), what a gap means and how to close it, the qualities present, and core organizations lacking a primary. */
export function SectorCoverageCard({ row: { sector, coverage } }: { row: SectorRow }) {
  const headingId = useId();
  const { core, periodic, prospective } = coverage.organizations;
  const isGap = coverage.status === 'gap';
  // "Other" is a catch-all, not a seat at the table: an empty one is no gap.
  const showStatus = sector.group !== 'other' || !isGap;
  return (
    <Card
      component="section"
      aria-labelledby={headingId}
      sx={{ borderColor: isGap && showStatus ? 'error.main' : undefined, borderWidth: isGap && showStatus ? 2 : 1 }}
    >
      <CardContent>
        <Stack sx={{ gap: 1.5 }}>
          <Stack direction="row" sx={{ gap: 1, justifyContent: 'space-between', alignItems: 'flex-start' }}>
            <Typography id={headingId} variant="h3" component="h3" sx={{ overflowWrap: 'anywhere' }}>
              {sector.label}
            </Typography>
            {showStatus && <CoverageStatusChip status={coverage.status} />}
          </Stack>
          <Typography>
            Organizations: {core} core · {periodic} periodic · {prospective} prospective
          </Typography>
          <Typography>{plural(coverage.members, 'member', 'members')}</Typography>
          <SectorAtTable coverage={coverage} showGap={showStatus} />
          <Typography variant="body2" color="text.secondary">
            {qualitiesToLookFor.map((quality) => `${quality.label}: ${coverage.qualities[quality.id]}`).join(' · ')}
          </Typography>
          {coverage.coreWithoutPrimary.map((organization) => (
            <Alert key={organization.id} severity="warning">
              No primary representative:{' '}
              <Link component={RouterLink} to={organizationPath(organization.id)}>
                {organization.name}
              </Link>
            </Alert>
          ))}
          <SectorContributions sector={sector.id} />
        </Stack>
      </CardContent>
    </Card>
  );
}
