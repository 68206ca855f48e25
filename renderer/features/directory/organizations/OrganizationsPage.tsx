import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { involvementLevels } from '../../../../shared/contract';
import type { SectorId } from '../../../../shared/stakeholderSectors';
import { organizationPath } from '../../../components/directory/directoryPaths';
import { involvementLabels } from '../directoryLabels';
import { useOrganizations } from '../directoryQueries';
import { BulkEditBar } from '../BulkEditBar';
import { DirectoryGrid } from '../DirectoryGrid';
import { ListPageLayout } from '../ListPageLayout';
import { OptionSelect } from '../OptionSelect';
import { organizationsText } from '../recordCounts';
import { SectorOptions } from '../SectorOptions';
import { organizationColumns } from './organizationColumns';
import { OrganizationFormDialog } from './OrganizationFormDialog';
import { OrganizationsBulkEditDialog } from './OrganizationsBulkEditDialog';

const noSelection: ReadonlySet<string> = new Set();

/** toolbarActions: buttons from other features (import, export), placed beside Add. */
export function OrganizationsPage({ toolbarActions }: { toolbarActions?: ReactNode }) {
  const [showArchived, setShowArchived] = useState(false);
  const [filterText, setFilterText] = useState('');
  const [sector, setSector] = useState<SectorId | ''>('');
  const [involvement, setInvolvement] = useState<(typeof involvementLevels)[number] | ''>('');
  const [adding, setAdding] = useState(false);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(noSelection);
  const [bulkEditing, setBulkEditing] = useState(false);
  const organizations = useOrganizations(showArchived);
  const navigate = useNavigate();

  const rows = useMemo(
    () => (organizations.data ?? []).filter((row) => (!sector || row.sector === sector) && (!involvement || row.involvement === involvement)),
    [organizations.data, sector, involvement],
  );

  // Only ticked rows the page still shows count: a filter that hides a row takes it out of the bulk edit.
  const selected = useMemo(() => rows.filter((row) => selectedIds.has(row.id) && !row.archivedAt), [rows, selectedIds]);
  const clearSelection = () => setSelectedIds(noSelection);

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
        selectionBar={
          selected.length > 0 && (
            <BulkEditBar label="Selected organizations" countText={organizationsText(selected.length)} onEdit={() => setBulkEditing(true)} onClear={clearSelection} />
          )
        }
        grid={
          <DirectoryGrid
            label="Organizations"
            rows={rows}
            columns={organizationColumns}
            loading={organizations.isPending}
            quickFilter={filterText}
            selection={{ ids: selectedIds, onChange: setSelectedIds }}
            onOpen={(row) => navigate(organizationPath(row.id))}
          />
        }
      />
      {adding && <OrganizationFormDialog onClose={() => setAdding(false)} />}
      {bulkEditing && (
        <OrganizationsBulkEditDialog
          organizations={selected}
          onClose={() => setBulkEditing(false)}
          onDone={() => {
            setBulkEditing(false);
            clearSelection();
          }}
        />
      )}
    </>
  );
}
