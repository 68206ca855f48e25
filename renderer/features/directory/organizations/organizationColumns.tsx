import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import type { Organization, organizationSortFields } from '../../../../shared/contract';
import { sectorLabel } from '../../../../shared/stakeholderSectors';
import { ArchivedChip, InvolvementChip, NoPrimaryChip } from '../DirectoryChips';
import { involvementLabels, kindLabels, qualitiesText } from '../directoryLabels';

export function lacksPrimary(organization: Organization): boolean {
  return organization.involvement === 'core' && !organization.primaryRepresentative && !organization.archivedAt;
}

const cellRow = { direction: 'row', sx: { gap: 1, alignItems: 'center', height: '100%', minWidth: 0 } } as const;

/** The host sorts: its order for each sortable column (Qualities cannot be sorted). */
export const organizationSortFieldOf: Readonly<Record<string, (typeof organizationSortFields)[number]>> = {
  name: 'name',
  sector: 'sector',
  kind: 'kind',
  involvement: 'involvement',
  memberCount: 'memberCount',
  primaryRepresentative: 'primaryRepresentative',
};

export const organizationColumns: GridColDef<Organization>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 2,
    minWidth: 220,
    renderCell: ({ row }) => (
      <Stack {...cellRow}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{row.name}</span>
        {row.archivedAt && <ArchivedChip />}
      </Stack>
    ),
  },
  { field: 'sector', headerName: 'Sector', flex: 1.5, minWidth: 180, valueGetter: (_value, row) => sectorLabel(row.sector, row.sectorOtherLabel) },
  { field: 'kind', headerName: 'Kind', width: 150, valueGetter: (_value, row) => kindLabels[row.kind] },
  {
    field: 'involvement',
    headerName: 'Involvement',
    width: 130,
    valueGetter: (_value, row) => involvementLabels[row.involvement],
    renderCell: ({ row }) => <InvolvementChip involvement={row.involvement} />,
  },
  { field: 'memberCount', headerName: 'Members', type: 'number', width: 100 },
  {
    field: 'primaryRepresentative',
    headerName: 'Primary representative',
    flex: 1,
    minWidth: 190,
    valueGetter: (_value, row) => row.primaryRepresentative?.displayName ?? '',
    renderCell: ({ row, value }) => (lacksPrimary(row) ? <NoPrimaryChip /> : value),
  },
  { field: 'qualities', headerName: 'Qualities', flex: 1.5, minWidth: 200, sortable: false, valueGetter: (_value, row) => qualitiesText(row.qualities) },
];
