import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import type { ActionItem } from '../../../shared/contract';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { formatDate } from '../../format/formatDate';
import type { ActionGrouping } from './actionItemFilters';
import { actionPriorityLabels } from './actionLabels';
import { ActionStatusChip } from './ActionStatusChip';
import { DueDate } from './DueDate';

/** The words for "nobody" in a group or a cell. */
export const noOwner = 'No owner';
export const noOrganization = 'No organization';

/** Grouped, the group's column comes first in place of its usual one; rows already come in group order. */
const groupColumns: Record<Exclude<ActionGrouping, 'none'>, { replaces: keyof ActionItem; column: GridColDef<ActionItem> }> = {
  owner: {
    replaces: 'ownerName',
    column: { field: 'group', headerName: 'Owner (group)', width: 180, sortable: false, valueGetter: (_value, row) => row.ownerName ?? noOwner },
  },
  organization: {
    replaces: 'organizationName',
    column: {
      field: 'group',
      headerName: 'Organization (group)',
      width: 220,
      sortable: false,
      valueGetter: (_value, row) => row.organizationName ?? noOrganization,
    },
  },
};

/** Sortable columns carry the contract's sort field names, so the grid's sort model is the query's sort. */
const columns: GridColDef<ActionItem>[] = [
  { field: 'title', headerName: 'Title', flex: 2, minWidth: 240 },
  { field: 'ownerName', headerName: 'Owner', flex: 1, minWidth: 150, valueGetter: (value: string | null) => value ?? noOwner },
  { field: 'organizationName', headerName: 'Organization', flex: 1, minWidth: 160, valueGetter: (value: string | null) => value ?? '' },
  { field: 'dueOn', headerName: 'Due', width: 190, renderCell: ({ row }) => <DueDate item={row} /> },
  { field: 'priority', headerName: 'Priority', width: 100, valueGetter: (_value, row) => actionPriorityLabels[row.priority] },
  { field: 'status', headerName: 'Status', width: 130, renderCell: ({ row }) => <ActionStatusChip status={row.status} /> },
  {
    field: 'sourceMeetingTitle',
    headerName: 'From meeting',
    flex: 1,
    minWidth: 180,
    sortable: false,
    renderCell: ({ row }) =>
      row.sourceMeetingId && (
        <Link
          component={RouterLink}
          to={meetingPath(row.sourceMeetingId)}
          onClick={(event) => event.stopPropagation()}
          title={row.sourceMeetingStartsAt ? formatDate(row.sourceMeetingStartsAt) : undefined}
        >
          {row.sourceMeetingTitle}
        </Link>
      ),
  },
];

export function actionItemColumns(groupBy: ActionGrouping): GridColDef<ActionItem>[] {
  if (groupBy === 'none') return columns;
  const { replaces, column } = groupColumns[groupBy];
  return [column, ...columns.filter((candidate) => candidate.field !== replaces)];
}
