import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { ChannelOutput } from '../../../shared/contract';
import { actionItemsViewPath, unfinishedItems } from '../actions/actionItemFilters';

type OrganizationCount = ChannelOutput<'actions.counts'>['byOrganization'][number];

const SHOWN = 8;

/** The organizations with the most overdue, then open, items; each number opens those items. */
export function OrganizationActionTable({ rows }: { rows: readonly OrganizationCount[] }) {
  const sorted = [...rows].sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.organizationName.localeCompare(b.organizationName));
  const shown = sorted.slice(0, SHOWN);
  return (
    <>
      <Table size="small" aria-label="Open and overdue action items by organization">
        <TableHead>
          <TableRow>
            <TableCell>Organization</TableCell>
            <TableCell align="right">Open</TableCell>
            <TableCell align="right">Overdue</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((row) => (
            <TableRow key={row.organizationId ?? 'none'}>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.organizationName}</TableCell>
              <TableCell align="right">
                <CountLink count={row.open} organizationId={row.organizationId} overdue={false} label={`Open items of ${row.organizationName}`} />
              </TableCell>
              <TableCell align="right" sx={{ color: row.overdue > 0 ? 'error.main' : 'text.secondary', fontWeight: row.overdue > 0 ? 600 : undefined }}>
                <CountLink count={row.overdue} organizationId={row.organizationId} overdue label={`Overdue items of ${row.organizationName}`} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {sorted.length > SHOWN && (
        <Typography variant="body2" color="text.secondary">
          And {sorted.length - SHOWN} more organizations with open items.
        </Typography>
      )}
    </>
  );
}

function CountLink({ count, organizationId, overdue, label }: { count: number; organizationId: string | null; overdue: boolean; label: string }) {
  if (count === 0 || !organizationId) return <>{count.toLocaleString()}</>;
  return (
    <Link
      component={RouterLink}
      to={actionItemsViewPath({ ...unfinishedItems, organizationId, overdue })}
      color="inherit"
      aria-label={`${label}: ${count.toLocaleString()}`}
    >
      {count.toLocaleString()}
    </Link>
  );
}
