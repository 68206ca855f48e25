import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import { errorMessage } from '../../components/errorMessage';

/** A dashboard card's loading spinner or failure; one card failing leaves the others readable. */
export function CardStatus({ query, loadingLabel }: { query: { isPending: boolean; isError: boolean; error: unknown }; loadingLabel: string }) {
  if (query.isPending) return <CircularProgress size={24} aria-label={loadingLabel} />;
  if (query.isError) return <Alert severity="error">{errorMessage(query.error)}</Alert>;
  return null;
}
