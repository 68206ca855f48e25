import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useRecentDecisions } from '../../components/meetings/meetingQueries';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../format/formatDate';
import { decisionOutcomeLabels } from '../decisions/decisionLabels';
import { CardStatus } from './CardStatus';

const SHOWN = 5;

export function RecentDecisionsCard() {
  const decisions = useRecentDecisions(SHOWN);
  return (
    <SectionCard title="Recent decisions">
      <CardStatus query={decisions} loadingLabel="Loading recent decisions" />
      {decisions.data?.length === 0 && <Typography color="text.secondary">No decisions recorded yet. Decisions taken in meetings are listed here.</Typography>}
      {decisions.data && decisions.data.length > 0 && (
        <List dense disablePadding>
          {decisions.data.map((decision, index) => (
            <ListItem key={decision.id} disableGutters divider={index < decisions.data.length - 1}>
              <ListItemText
                primary={decision.text}
                slotProps={{
                  primary: { sx: { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' } },
                }}
                secondary={
                  <>
                    {decisionOutcomeLabels[decision.outcome]}
                    {' · '}
                    <Link component={RouterLink} to={meetingPath(decision.meetingId)}>
                      {decision.meetingTitle} · {formatDate(decision.meetingStartsAt)}
                    </Link>
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
