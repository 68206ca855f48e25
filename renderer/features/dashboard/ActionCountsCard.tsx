import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { ChannelOutput } from '../../../shared/contract';
import { DUE_SOON_DAYS } from '../../../shared/contract';
import { useActionCounts } from '../../components/meetings/meetingQueries';
import { SectionCard } from '../../components/SectionCard';
import { actionItemsViewPath, unfinishedItems } from '../actions/actionItemFilters';
import { dueSoonColor } from '../actions/DueDate';
import { CardStatus } from './CardStatus';
import { OrganizationActionTable } from './OrganizationActionTable';

type ActionCounts = ChannelOutput<'actions.counts'>;

/** Open, overdue and due-soon action items, each a link to the list showing them, and where they sit. */
export function ActionCountsCard() {
  const counts = useActionCounts();
  return (
    <SectionCard title="Action items">
      <CardStatus query={counts} loadingLabel="Loading action item counts" />
      {counts.data && <Counts counts={counts.data} />}
    </SectionCard>
  );
}

function Counts({ counts }: { counts: ActionCounts }) {
  if (counts.open === 0)
    return <Typography color="text.secondary">No open action items. Anything decided at a meeting that needs doing shows up here.</Typography>;
  return (
    <>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))' }}>
        <Count count={counts.open} label="open" to={actionItemsViewPath(unfinishedItems)} />
        <Count
          count={counts.overdue}
          label="overdue"
          to={actionItemsViewPath({ ...unfinishedItems, overdue: true })}
          tone={counts.overdue > 0 ? 'error.main' : undefined}
        />
        <Count
          count={counts.dueSoon}
          label={`due within ${DUE_SOON_DAYS} days`}
          to={actionItemsViewPath(unfinishedItems)}
          tone={counts.dueSoon > 0 ? dueSoonColor : undefined}
        />
      </Box>
      {counts.byOrganization.length > 0 && <OrganizationActionTable rows={counts.byOrganization} />}
    </>
  );
}

function Count({ count, label, to, tone }: { count: number; label: string; to: string; tone?: string | ((theme: Theme) => string) | undefined }) {
  return (
    <Link component={RouterLink} to={to} underline="hover" color="text.primary">
      <Box component="span" sx={{ display: 'block', fontSize: '2rem', fontWeight: 600, lineHeight: 1.2, color: tone }}>
        {count.toLocaleString()}
      </Box>
      {label}
    </Link>
  );
}
