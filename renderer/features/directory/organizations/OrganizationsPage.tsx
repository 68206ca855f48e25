import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { involvementLevels } from '../../../../shared/contract';
import type { SectorId } from '../../../../shared/stakeholderSectors';
import { organizationPath } from '../../../components/directory/directoryPaths';
import { involvementLabels } from '../directoryLabels';
import { useOrganizations } from '../directoryQueries';
import { DirectoryGrid } from '../DirectoryGrid';
import { ListPageLayout } from '../ListPageLayout';
import { OptionSelect } from '../OptionSelect';
import { SectorOptions } from '../SectorOptions';
import { organizationColumns } from './organizationColumns';
import { OrganizationFormDialog } from './OrganizationFormDialog';

/** toolbarActions: buttons from other features (import, export), placed beside Add. */
export function OrganizationsPage({ toolbarActions }: { toolbarActions?: ReactNode }) {
  const [showArchived, setShowArchived] = useState(false);
  const [filterText, setFilterText] = useState('');
  const [sector, setSector] = useState<SectorId | ''>('');
  const [involvement, setInvolvement] = useState<(typeof involvementLevels)[number] | ''>('');
  const [adding, setAdding] = useState(false);
  const organizations = useOrganizations(showArchived);
  const navigate = useNavigate();

  const rows = useMemo(
    () => (organizations.data ?? []).filter((row) => (!sector || row.sector === sector) && (!involvement || row.involvement === involvement)),
    [organizations.data, sector, involvement],
  );

  return (
    <>
      <ListPageLayout
        title="Organizations"
        actions={toolbarActions}
        addLabel="Add organization"
        onAdd={() => setAdding(true)}
        filterLabel="Filter organizations"
        filterText={filterText}
        onFilterText={setFilterText}
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        error={organizations.error}
        filters={
          <>
            <OptionSelect label="Sector" size="small" value={sector} onChange={setSector} emptyOption="All sectors">
              <SectorOptions />
            </OptionSelect>
            <OptionSelect label="Involvement" size="small" value={involvement} onChange={setInvolvement} options={involvementLabels} emptyOption="Any involvement" />
          </>
        }
        grid={
          <DirectoryGrid
            label="Organizations"
            rows={rows}
            columns={organizationColumns}
            loading={organizations.isPending}
            quickFilter={filterText}
            onOpen={(row) => navigate(organizationPath(row.id))}
          />
        }
      />
      {adding && <OrganizationFormDialog onClose={() => setAdding(false)} />}
    </>
  );
}
