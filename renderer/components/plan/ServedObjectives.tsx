import Flag from '@mui/icons-material/Flag';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { PlanLinkKind } from '../../../shared/contract';
import { objectivePath } from './planPaths';
import { PlanStatusChip } from './PlanStatusChip';
import { useObjectivesServedBy } from './planQueries';

/** "Serves: <objective>" for an action item or a decision; nothing at all when it serves none. */
export function ServedObjectives({ kind, id }: { kind: PlanLinkKind; id: string }) {
  const served = useObjectivesServedBy(kind, id);
  if (!served.data || served.data.length === 0) return null;
  return (
    <Stack component="ul" aria-label="Serves plan objectives" sx={{ listStyle: 'none', m: 0, p: 0, gap: 0.5 }}>
      {served.data.map((objective) => (
        <Stack component="li" key={objective.id} direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', minWidth: 0 }}>
          <Flag fontSize="small" color="action" aria-hidden />
          <Typography variant="body2" color="text.secondary">
            Serves
          </Typography>
          <Link component={RouterLink} to={objectivePath(objective.id)} variant="body2" sx={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {objective.title}
          </Link>
          <PlanStatusChip status={objective.status} />
        </Stack>
      ))}
    </Stack>
  );
}
