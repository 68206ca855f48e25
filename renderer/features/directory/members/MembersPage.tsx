import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { coalitionRoles } from '../../../../shared/contract';
import type { SectorId } from '../../../../shared/stakeholderSectors';
import { memberPath } from '../../../components/directory/directoryPaths';
import { coalitionRoleLabels } from '../directoryLabels';
import { useMembers } from '../directoryQueries';
import { BulkEditBar } from '../BulkEditBar';
import { DirectoryGrid } from '../DirectoryGrid';
import { ListPageLayout } from '../ListPageLayout';
import { OptionSelect } from '../OptionSelect';
import { membersText } from '../recordCounts';
import { SectorOptions } from '../SectorOptions';
import { memberColumns } from './memberColumns';
import { MemberFormDialog } from './MemberFormDialog';
import { MembersBulkEditDialog } from './MembersBulkEditDialog';

const noSelection: ReadonlySet<string> = new Set();

/** toolbarActions: buttons from other features (import, export), placed beside Add. */
export function MembersPage({ toolbarActions }: { toolbarActions?: ReactNode }) {
  const [showArchived, setShowArchived] = useState(false);
  const [filterText, setFilterText] = useState('');
  const [sector, setSector] = useState<SectorId | ''>('');
  const [role, setRole] = useState<(typeof coalitionRoles)[number] | ''>('');
  const [adding, setAdding] = useState(false);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(noSelection);
  const [bulkEditing, setBulkEditing] = useState(false);
  const members = useMembers(showArchived);
  const navigate = useNavigate();

  const rows = useMemo(
    () => (members.data ?? []).filter((row) => (!sector || row.organizationSector === sector) && (!role || row.coalitionRole === role)),
    [members.data, sector, role],
  );

  // Only ticked rows the page still shows count: a filter that hides a row takes it out of the bulk edit.
  const selected = useMemo(() => rows.filter((row) => selectedIds.has(row.id) && !row.archivedAt), [rows, selectedIds]);
  const clearSelection = () => setSelectedIds(noSelection);

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
            rows={rows}
            columns={memberColumns}
            loading={members.isPending}
            quickFilter={filterText}
            selection={{ ids: selectedIds, onChange: setSelectedIds }}
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
