import Add from '@mui/icons-material/Add';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import type { ActionItem, ActionQuery } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { useActionItems, usePreferences } from '../../components/meetings/meetingQueries';
import { useDebounced } from '../../components/useDebounced';
import { ActionFiltersBar } from './ActionFiltersBar';
import { ActionGroupSummary } from './ActionGroupSummary';
import { ActionItemDrawer } from './ActionItemDrawer';
import { ActionItemFormDialog } from './ActionItemFormDialog';
import { firstPage, isFiltered, pagingTo, paramsFromView, queryOfView, withoutFilters, type ActionSort, type ActionView } from './actionItemFilters';
import { ActionItemsEmpty } from './ActionItemsEmpty';
import { ActionItemsExportDialog } from './ActionItemsExportDialog';
import { ActionItemsGrid } from './ActionItemsGrid';
import { actionItemsText } from './actionLabels';
import { BulkStatusBar } from './BulkStatusBar';
import { MyItemsBar } from './MyItemsBar';
import { useActionView } from './useActionView';
import { useStateFor } from './useStateFor';

const TYPING_PAUSE_MS = 300;
const dueFirst: ActionSort = { field: 'dueOn', direction: 'asc' };
const noSelection: ReadonlySet<string> = new Set();

/** The items the page shows, for the actions other features add (composed in appPages.tsx); the query includes paging. */
export interface ShownItems {
  query: ActionQuery;
  hasItems: boolean;
}

/** Every action item, a page of 100 at a time from the host, filtered and grouped as the URL says. */
interface ActionItemsPageProps {
  toolbarActions?: (items: ShownItems) => ReactNode;
  /** What other features add to an open item's panel, e.g. the duties it serves. */
  itemDetails?: (item: ActionItem) => ReactNode;
}

export function ActionItemsPage({ toolbarActions, itemDetails }: ActionItemsPageProps) {
  const { view, openItemId, replaceView, openItem } = useActionView();
  const myMemberId = usePreferences().data?.myMemberId ?? null;
  const [sort, setSort] = useState(dueFirst);
  // Another set of items (filters, or order for the page) starts at the first page, and nothing hidden stays ticked.
  const itemsKey = paramsFromView(view).toString();
  const [paging, setPaging] = useStateFor(`${itemsKey}|${sort.field}|${sort.direction}`, firstPage);
  const [selectedIds, setSelectedIds] = useStateFor<ReadonlySet<string>>(itemsKey, noSelection);
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const { startExport, exportDialog, busy: exportBusy } = useExportJob();
  const text = useDebounced(view.text, TYPING_PAUSE_MS);
  const { page } = paging;
  const listQuery = queryOfView({ ...view, text }, { myMemberId, sort, page });
  const items = useActionItems(
    view.groupBy === 'none' ? queryOfView({ ...view, text }, { myMemberId, sort, page, after: paging.starts[page] ?? null }) : listQuery,
  );

  const change = (changes: Partial<ActionView>) => replaceView({ ...view, ...changes });
  const clearFilters = () => replaceView(withoutFilters(view));
  const result = items.data;
  /** With no items at all, the filters would only be in the way of the first one. */
  const nothingYet = result?.total === 0 && !items.isPlaceholderData && !isFiltered(view);

  return (
    <Stack sx={{ gap: 2 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Stack sx={{ gap: 0.5 }}>
          <Typography variant="h1">Action items</Typography>
          {result && result.total > 0 && (
            <Typography color="text.secondary" aria-live="polite">
              {isFiltered(view) ? `${actionItemsText(result.total)} match` : actionItemsText(result.total)}
            </Typography>
          )}
        </Stack>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button startIcon={<FileDownloadOutlined />} onClick={() => setExporting(true)} disabled={!result || result.total === 0 || exportBusy}>
            Export list…
          </Button>
          {toolbarActions?.({ query: listQuery, hasItems: Boolean(result && result.total > 0) })}
          <Button variant="contained" startIcon={<Add />} onClick={() => setAdding(true)}>
            Add action item
          </Button>
        </Stack>
      </Stack>
      {!nothingYet && (
        <>
          <MyItemsBar view={view} myMemberId={myMemberId} onChange={change} />
          <ActionFiltersBar view={view} onChange={change} onClear={clearFilters} />
        </>
      )}
      {items.isError && <Alert severity="error">{errorMessage(items.error)}</Alert>}
      {result && view.groupBy !== 'none' && (
        <ActionGroupSummary
          groupBy={view.groupBy}
          groups={result.groups}
          onChoose={(key) => change(view.groupBy === 'owner' ? { ownerId: key } : { organizationId: key })}
        />
      )}
      <BulkStatusBar selectedIds={selectedIds} onDone={() => setSelectedIds(noSelection)} />
      {result?.total === 0 && !items.isPlaceholderData ? (
        <ActionItemsEmpty filtered={isFiltered(view)} onClear={clearFilters} onAdd={() => setAdding(true)} />
      ) : (
        <Box sx={{ height: { xs: 600, md: 'calc(100vh - 180px)' }, minHeight: 420 }}>
          <ActionItemsGrid
            rows={result?.rows ?? []}
            total={result?.total ?? 0}
            loading={items.isFetching}
            groupBy={view.groupBy}
            sort={sort}
            onSort={setSort}
            page={page}
            onPage={(next) => setPaging(pagingTo(paging, next, items.isPlaceholderData ? null : result?.next))}
            selectedIds={selectedIds}
            onSelect={setSelectedIds}
            onOpen={(item) => openItem(item.id)}
          />
        </Box>
      )}
      <ActionItemDrawer itemId={openItemId} onClose={() => openItem(null)} moreDetails={itemDetails} />
      {exporting && result && (
        <ActionItemsExportDialog
          query={listQuery}
          total={result.total}
          filtered={isFiltered(view)}
          onClose={() => setExporting(false)}
          onExport={startExport}
        />
      )}
      {exportDialog}
      <ActionItemFormDialog open={adding} onClose={() => setAdding(false)} onSaved={(item) => openItem(item.id)} />
    </Stack>
  );
}
