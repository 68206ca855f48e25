import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { SectorCoverage } from '../../../shared/contract';
import { organizationPath, organizationsPath } from '../../components/directory/directoryPaths';

/** Who from this sector is at the table, each linked to its page; for a gap, what it means and how to close it. */
export function SectorAtTable({ coverage, showGap }: { coverage: SectorCoverage; showGap: boolean }) {
  if (coverage.atTable.length > 0) {
    return (
      <Typography component="div">
        At the table:{' '}
        {coverage.atTable.map((organization, index) => (
          <span key={organization.id}>
            {index > 0 && ', '}
            <Link component={RouterLink} to={organizationPath(organization.id)}>
              {organization.name}
            </Link>
            {organization.involvement === 'periodic' && ' (periodic)'}
          </span>
        ))}
      </Typography>
    );
  }
  if (!showGap) return null;
  const kind = coverage.status === 'only-prospective' ? 'only-prospective' : 'gap';
  return (
    <Stack sx={{ gap: 0.5 }}>
      <Typography>{gapMeaning[kind]}</Typography>
      <Typography>
        {gapRemedy[kind]}{' '}
        <Link component={RouterLink} to={organizationsPath}>
          Go to Organizations
        </Link>
      </Typography>
    </Stack>
  );
}

const gapMeaning = {
  gap: 'No organization from this sector is at the table, so its view is missing when the coalition plans and decides.',
  'only-prospective': 'Organizations from this sector have been approached, but none takes part yet.',
} as const;

const gapRemedy = {
  gap: 'To close the gap, invite an agency from this sector and add it as core or periodic.',
  'only-prospective': 'When one joins, open it and change its involvement to core or periodic.',
} as const;
