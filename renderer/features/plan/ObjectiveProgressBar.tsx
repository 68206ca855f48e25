import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Objective } from '../../../shared/contract';
import { progressWords } from '../../../shared/planProgressWords';
import { formatDate } from '../../format/formatDate';

/** The progress bar and its words; with no figure yet, only the words (an empty bar would read as 0%). */
export function ObjectiveProgressBar({ objective }: { objective: Objective }) {
  const share = objective.progress.share;
  const words = progressWords(objective, formatDate);
  return (
    <Stack sx={{ gap: 0.5, minWidth: 0 }}>
      {share !== null && (
        <LinearProgress
          variant="determinate"
          value={Math.round(share * 100)}
          aria-label={`Progress of ${objective.title}`}
          aria-valuetext={words}
          color={objective.status === 'off-track' ? 'error' : objective.status === 'at-risk' ? 'warning' : 'primary'}
          sx={{ height: 8, borderRadius: 4 }}
        />
      )}
      <Typography variant="body2" color="text.secondary">
        {words}
      </Typography>
    </Stack>
  );
}
