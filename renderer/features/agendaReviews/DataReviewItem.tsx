import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { errorMessage } from '../../components/errorMessage';
import { formatDateTime } from '../../../shared/dateFormat';
import { useDataReview } from './agendaReviewQueries';
import { DataSnapshotForm } from './DataSnapshotForm';
import { DataSnapshotView } from './DataSnapshotView';

/**
 * "Data review": the figures chosen for this meeting, as a snapshot kept with the minutes. Corrections made later do
 * not change it; the facilitator takes it again on purpose.
 */
export function DataReviewItem({ itemId }: { itemId: string }) {
  const review = useDataReview(itemId);
  if (review.isPending) return <CircularProgress size={24} aria-label="Loading the data review" />;
  if (review.isError) return <Alert severity="error">{errorMessage(review.error)}</Alert>;
  const { snapshot, choice, editable } = review.data;
  return (
    <Stack component="section" aria-label="Data review" sx={{ gap: 2 }}>
      {snapshot ? (
        <>
          <Typography color="text.secondary">
            Snapshot taken {formatDateTime(snapshot.takenAt)}. It stays as it is, even if figures are corrected later, until it is taken again.
          </Typography>
          <DataSnapshotView snapshot={snapshot} />
        </>
      ) : (
        <Typography color="text.secondary">
          No snapshot yet. Choose the measures and periods to look at; the figures are kept with these minutes as they are now.
        </Typography>
      )}
      {editable ? (
        <DataSnapshotForm itemId={itemId} choice={choice} retake={snapshot !== null} />
      ) : (
        !snapshot && <Alert severity="info">These minutes can no longer change.</Alert>
      )}
    </Stack>
  );
}
