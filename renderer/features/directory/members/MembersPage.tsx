import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Member, MemberPageQuery, coalitionRoles, memberSortFields } from '../../../../shared/contract';
import type { SectorId } from '../../../../shared/stakeholderSectors';
import { memberPath } from '../../../components/directory/directoryPaths';
import { coalitionRoleLabels } from '../directoryLabels';
import { useDebounced } from '../../../components/useDebounced';
import { useMemberPage } from '../directoryQueries';
import { BulkEditBar } from '../BulkEditBar';
import { DirectoryGrid, type GridSort } from '../DirectoryGrid';
import { ListPageLayout } from '../ListPageLayout';
import { OptionSelect } from '../OptionSelect';
import { membersText } from '../recordCounts';
import { SectorOptions } from '../SectorOptions';
import { useDirectoryList } from '../useDirectoryList';
import { memberColumns, memberSortFieldOf } from './memberColumns';
import { MemberFormDialog } from './MemberFormDialog';
import { MembersBulkEditDialog } from './MembersBulkEditDialog';

const TYPING_PAUSE_MS = 300;
const byName: GridSort<(typeof memberSortFields)[number]> = { field: 'name', direction: 'asc' };

/** toolbarActions: buttons from other features (import, export), placed beside Add. */
export function MembersPage({ toolbarActions }: { toolbarActions?: ReactNode }) {
  const [showArchived, setShowArchived] = useState(false);
  const [filterText, setFilterText] = useState('');
  const [sector, setSector] = useState<SectorId | ''>('');
  const [role, setRole] = useState<(typeof coalitionRoles)[number] | ''>('');
  const [adding, setAdding] = useState(false);
  const [bulkEditing, setBulkEditing] = useState(false);
  const text = useDebounced(filterText.trim(), TYPING_PAUSE_MS);
  const list = useDirectoryList<Member, (typeof memberSortFields)[number]>(JSON.stringify([showArchived, text, sector, role]), byName);
  const query: MemberPageQuery = { includeArchived: showArchived, text, sector: sector || null, coalitionRole: role || null, sort: list.sort, ...list.window };
  const members = useMemberPage(query);
  const navigate = useNavigate();
  const selected = list.selectedRows;
  const clearSelection = list.clearSelection;

  return (
    <>
      <ListPageLayout
        title="Members"
        actions={toolbarActions}
        addLabel="Add member"
        onAdd={() => setAdding(true)}
        filterLabel="Filter members"
        filterText={filterText}
        onFilterText={setFilterText}
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        error={members.error}
        filters={
          <>
            <OptionSelect label="Sector" size="small" value={sector} onChange={setSector} emptyOption="All sectors">
              <SectorOptions />
            </OptionSelect>
            <OptionSelect label="Coalition role" size="small" value={role} onChange={setRole} options={coalitionRoleLabels} emptyOption="Any role" />
          </>
        }
        selectionBar={
          selected.length > 0 && (
            <BulkEditBar label="Selected members" countText={membersText(selected.length)} onEdit={() => setBulkEditing(true)} onClear={clearSelection} />
          )
        }
        grid={
          <DirectoryGrid
            label="Members"
            rows={members.data?.rows ?? []}
            total={members.data?.total ?? 0}
            columns={memberColumns}
            loading={members.isFetching}
            filtered={Boolean(text || sector || role)}
            sortFields={memberSortFieldOf}
            sort={list.sort}
            onSort={list.setSort}
            paging={list.paging}
            onPaging={list.setPaging}
            selection={list.selection}
            onOpen={(row) => navigate(memberPath(row.id))}
          />
        }
      />
      {adding && <MemberFormDialog onClose={() => setAdding(false)} />}
      {bulkEditing && (
        <MembersBulkEditDialog
          members={selected}
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
