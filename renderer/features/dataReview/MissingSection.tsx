import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { ReviewSeries } from '../../../shared/dataReview';
import { SectionCard } from '../../components/SectionCard';
import { shortPeriod } from './reviewRange';

/** Organizations that owed figures for an ended period and have not sent them, latest period first. */
export function MissingSection({ series }: { series: ReviewSeries }) {
  const names = new Map(series.organizations.map((organization) => [organization.id, organization.name]));
  const missing = [...series.missing].sort(
    (a, b) => b.period.localeCompare(a.period) || (names.get(a.organizationId) ?? '').localeCompare(names.get(b.organizationId) ?? ''),
  );
  return (
    <SectionCard title="Missing submissions">
      {missing.length === 0 ? (
        <Typography>Every organization that owed figures for these periods has sent them.</Typography>
      ) : (
        <>
          <Typography>
            {missing.length} {missing.length === 1 ? 'submission is' : 'submissions are'} still missing. Totals for those periods are lower than they will be.
          </Typography>
          <List dense aria-label="Missing submissions">
            {missing.map((row) => (
              <ListItem
                key={`${row.organizationId}@${row.period}`}
                disableGutters
                secondaryAction={row.late ? <Chip size="small" color="error" label="Late" /> : <Chip size="small" label="Not yet due" />}
              >
                <ListItemText
                  primary={`${names.get(row.organizationId) ?? 'An organization'}: ${shortPeriod(row.period)}`}
                  secondary={row.entered > 0 ? `${row.entered} of ${row.owed} measures entered, not yet submitted` : `${row.owed} measures owed`}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </SectionCard>
  );
}
