import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Correction } from '../../../shared/contract';
import { formatDateTime } from '../../format/formatDate';

/** Every correction of the submission, newest first: the earlier figure, the new one, who and why. */
export function CorrectionsHistory({ corrections }: { corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="corrections-heading">
      <Typography id="corrections-heading" variant="h3">
        Corrections
      </Typography>
      <List dense aria-label="Corrections">
        {corrections.map((correction) => (
          <ListItem key={`${correction.measureId}-${correction.correctedAt}`} disableGutters>
            <ListItemText
              primary={`${correction.measureName}: ${correction.wasTotal} → ${correction.nowTotal}`}
              secondary={`“${correction.reason}”, ${correction.correctedBy}, ${formatDateTime(correction.correctedAt)}`}
            />
          </ListItem>
        ))}
      </List>
    </Stack>
  );
}
