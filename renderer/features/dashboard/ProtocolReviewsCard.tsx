import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { ProtocolReviews } from '../../../shared/contract';
import { REVIEW_NOTICE_DAYS } from '../../../shared/protocolReviews';
import { protocolPath, protocolsPath } from '../../components/protocols/protocolPaths';
import { useProtocolReviews } from '../../components/protocols/protocolQueries';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../format/formatDate';
import { CardStatus } from './CardStatus';

const SHOWN = 5;

/** Adopted protocols and agreements by next review date: due and overdue reviews first, and who has not signed. */
export function ProtocolReviewsCard() {
  const reviews = useProtocolReviews();
  return (
    <SectionCard title="Protocol and agreement reviews">
      <CardStatus query={reviews} loadingLabel="Loading protocol reviews" />
      {reviews.data && <Reviews reviews={reviews.data} />}
    </SectionCard>
  );
}

function Reviews({ reviews }: { reviews: ProtocolReviews }) {
  if (reviews.items.length === 0) {
    return (
      <Typography color="text.secondary">
        No adopted protocols or agreements yet. Once one is adopted, its review date and missing signatures show here.{' '}
        <Link component={RouterLink} to={protocolsPath}>
          Open the register
        </Link>
      </Typography>
    );
  }
  const counts = [reviews.overdue > 0 && `${reviews.overdue} overdue`, reviews.due > 0 && `${reviews.due} due within ${REVIEW_NOTICE_DAYS} days`]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      {counts && <Typography sx={{ fontWeight: 600, color: reviews.overdue > 0 ? 'error.main' : 'warning.dark' }}>Reviews: {counts}</Typography>}
      <Stack component="ul" sx={{ m: 0, p: 0, listStyle: 'none', gap: 1.5 }}>
        {reviews.items.slice(0, SHOWN).map((item) => (
          <li key={item.id}>
            <Link component={RouterLink} to={protocolPath(item.id)} underline="hover" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
              {item.title}
            </Link>
            <Typography variant="body2" sx={{ color: item.review === 'overdue' ? 'error.main' : item.review === 'due' ? 'warning.dark' : 'text.secondary' }}>
              {item.nextReviewOn === null
                ? 'No review date'
                : `${item.review === 'overdue' ? 'Review overdue since' : 'Review by'} ${formatDate(item.nextReviewOn)}`}
            </Typography>
            {item.unsignedParties.length > 0 && (
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                Not signed by {item.unsignedParties.map((party) => party.name).join(', ')}
              </Typography>
            )}
          </li>
        ))}
      </Stack>
      {reviews.items.length > SHOWN && (
        <Link component={RouterLink} to={protocolsPath}>
          All {reviews.items.length} in the register
        </Link>
      )}
    </>
  );
}
