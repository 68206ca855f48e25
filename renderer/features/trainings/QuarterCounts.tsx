import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { QuarterCount } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { useTrainingCounts } from './trainingQueries';

const QUARTERS = 4;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function CountCell({ count }: { count: QuarterCount }) {
  const empty = count.trainings === 0 && count.outreachContacts === 0;
  return (
    <TableCell sx={{ color: empty ? 'text.secondary' : undefined, minWidth: 130 }}>
      {empty
        ? '—'
        : [
            count.trainings > 0 && `${plural(count.trainings, 'training', 'trainings')}, ${count.peopleTrained} people`,
            count.outreachContacts > 0 && plural(count.outreachContacts, 'contact', 'contacts'),
          ]
            .filter(Boolean)
            .join('; ')}
    </TableCell>
  );
}

/** The last four quarters by sector: only sectors with something to show, and the totals (each training once). */
export function QuarterCounts() {
  const counts = useTrainingCounts(QUARTERS);
  if (counts.isError) return <Alert severity="error">{errorMessage(counts.error)}</Alert>;
  if (!counts.data) return null;
  const active = counts.data.sectors.filter((row) => row.counts.some((count) => count.trainings > 0 || count.outreachContacts > 0));
  return (
    <section aria-labelledby="counts-heading">
      <Typography id="counts-heading" variant="h2" sx={{ mb: 0.5 }}>
        By sector and quarter
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        A training for two sectors counts in both; the total counts it once.
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby="counts-heading">
          <TableHead>
            <TableRow>
              <TableCell>Sector</TableCell>
              {counts.data.quarters.map((quarter) => (
                <TableCell key={quarter}>{quarter.replace('-', ' ')}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {active.map((row) => (
              <TableRow key={row.sector}>
                <TableCell component="th" scope="row" sx={{ minWidth: 180 }}>
                  {row.label}
                </TableCell>
                {row.counts.map((count) => (
                  <CountCell key={count.quarter} count={count} />
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                All sectors
              </TableCell>
              {counts.data.totals.map((count) => (
                <CountCell key={count.quarter} count={count} />
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </Box>
    </section>
  );
}
