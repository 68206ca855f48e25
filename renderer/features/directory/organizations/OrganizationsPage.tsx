import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Organization, OrganizationPageQuery, involvementLevels, organizationSortFields } from '../../../../shared/contract';
import type { SectorId } from '../../../../shared/stakeholderSectors';
import { organizationPath } from '../../../components/directory/directoryPaths';
import { involvementLabels } from '../directoryLabels';
import { useDebounced } from '../../../components/useDebounced';
import { useOrganizationPage } from '../directoryQueries';
import { BulkEditBar } from '../BulkEditBar';
import { DirectoryGrid, type GridSort } from '../DirectoryGrid';
import { ListPageLayout } from '../ListPageLayout';
import { OptionSelect } from '../OptionSelect';
import { organizationsText } from '../recordCounts';
import { SectorOptions } from '../SectorOptions';
import { useDirectoryList } from '../useDirectoryList';
import { organizationColumns, organizationSortFieldOf } from './organizationColumns';
import { OrganizationFormDialog } from './OrganizationFormDialog';
import { OrganizationsBulkEditDialog } from './OrganizationsBulkEditDialog';

const TYPING_PAUSE_MS = 300;
const byName: GridSort<(typeof organizationSortFields)[number]> = { field: 'name', direction: 'asc' };

/** toolbarActions: buttons from other features (import, export), placed beside Add. */
export function OrganizationsPage({ toolbarActions }: { toolbarActions?: ReactNode }) {
  const [showArchived, setShowArchived] = useState(false);
  const [filterText, setFilterText] = useState('');
  const [sector, setSector] = useState<SectorId | ''>('');
  const [involvement, setInvolvement] = useState<(typeof involvementLevels)[number] | ''>('');
  const [adding, setAdding] = useState(false);
  const [bulkEditing, setBulkEditing] = useState(false);
  const text = useDebounced(filterText.trim(), TYPING_PAUSE_MS);
  const list = useDirectoryList<Organization, (typeof organizationSortFields)[number]>(JSON.stringify([showArchived, text, sector, involvement]), byName);
  const query: OrganizationPageQuery = {
    includeArchived: showArchived,
    text,
    sector: sector || null,
    involvement: involvement || null,
    sort: list.sort,
    ...list.window,
  };
  const organizations = useOrganizationPage(query);
  const navigate = useNavigate();
  const selected = list.selectedRows;
  const clearSelection = list.clearSelection;

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
            <OptionSelect
              label="Involvement"
              size="small"
              value={involvement}
              onChange={setInvolvement}
              options={involvementLabels}
              emptyOption="Any involvement"
            />
          </>
        }
        selectionBar={
          selected.length > 0 && (
            <BulkEditBar
              label="Selected organizations"
              countText={organizationsText(selected.length)}
              onEdit={() => setBulkEditing(true)}
              onClear={clearSelection}
            />
          )
        }
        grid={
          <DirectoryGrid
            label="Organizations"
            rows={organizations.data?.rows ?? []}
            total={organizations.data?.total ?? 0}
            columns={organizationColumns}
            loading={organizations.isFetching}
            filtered={Boolean(text || sector || involvement)}
            sortFields={organizationSortFieldOf}
            sort={list.sort}
            onSort={list.setSort}
            paging={list.paging}
            onPaging={list.setPaging}
            selection={list.selection}
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
