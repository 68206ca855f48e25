import Shield from '@mui/icons-material/Shield';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import type { Member, memberSortFields } from '../../../../shared/contract';
import { sectorLabel } from '../../../../shared/stakeholderSectors';
import { ArchivedChip, ProtectedChip, RepresentativeChip } from '../DirectoryChips';
import { coalitionRoleLabels, representativeRoleLabels } from '../directoryLabels';

const cellRow = { direction: 'row', sx: { gap: 1, alignItems: 'center', height: '100%', minWidth: 0 } } as const;

/**
 * The name column shows only `shownName`: for a protected member the list never has more than the display name.
 * The host sorts (the name by family name); `memberSortFieldOf` names its order for each sortable column.
 */
export const memberSortFieldOf: Readonly<Record<string, (typeof memberSortFields)[number]>> = {
  shownName: 'name',
  organizationName: 'organizationName',
  organizationSector: 'organizationSector',
  title: 'title',
  coalitionRole: 'coalitionRole',
  representativeRole: 'representativeRole',
  votingMember: 'votingMember',
};

export const memberColumns: GridColDef<Member>[] = [
  {
    field: 'shownName',
    headerName: 'Name',
    flex: 2,
    minWidth: 280,
    renderCell: ({ row }) => (
      <Stack {...cellRow}>
        {row.protectedIdentity && <Shield fontSize="small" color="secondary" aria-hidden />}
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{row.shownName}</span>
        {row.protectedIdentity && <ProtectedChip />}
        {row.archivedAt && <ArchivedChip />}
      </Stack>
    ),
  },
  { field: 'organizationName', headerName: 'Organization', flex: 1.5, minWidth: 180 },
  {
    field: 'organizationSector',
    headerName: 'Sector',
    flex: 1,
    minWidth: 160,
    valueGetter: (_value, row) => (row.organizationSector ? sectorLabel(row.organizationSector) : ''),
  },
  { field: 'title', headerName: 'Title', flex: 1, minWidth: 140 },
  { field: 'coalitionRole', headerName: 'Coalition role', width: 130, valueGetter: (_value, row) => coalitionRoleLabels[row.coalitionRole] },
  {
    field: 'representativeRole',
    headerName: 'Representative',
    width: 140,
    valueGetter: (_value, row) => (row.representativeRole === 'none' ? '' : representativeRoleLabels[row.representativeRole]),
    renderCell: ({ row }) => <RepresentativeChip role={row.representativeRole} />,
  },
  { field: 'votingMember', headerName: 'Voting', width: 90, valueGetter: (_value, row) => (row.votingMember ? 'Yes' : 'No') },
];
