import type { GridPaginationModel } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { useStateFor } from '../../components/useStateFor';
import type { GridSort } from './DirectoryGrid';

const FIRST_PAGE_SIZE = 100;

/**
 * What a directory page keeps between its pages: the order, the page, and the ticked rows (with the rows themselves,
 * so a bulk edit can say what will change on rows of other pages). Other filters (`filtersKey`) start again at the
 * first page and untick everything: ticked rows are always rows the filters show. A new order or page size starts
 * at the first page and keeps the ticks.
 */
export function useDirectoryList<R extends { id: string; archivedAt: string | null }, F extends string>(filtersKey: string, firstSort: GridSort<F>) {
  const [sort, setSort] = useState(firstSort);
  const [pageSize, setPageSize] = useState(FIRST_PAGE_SIZE);
  const [page, setPage] = useStateFor(`${filtersKey}|${sort.field}|${sort.direction}|${pageSize}`, 0);
  const [selected, setSelected] = useStateFor<ReadonlyMap<string, R>>(filtersKey, new Map());
  const paging = useMemo<GridPaginationModel>(() => ({ page, pageSize }), [page, pageSize]);
  const selectedIds = useMemo<ReadonlySet<string>>(() => new Set(selected.keys()), [selected]);
  const selectedRows = useMemo(() => [...selected.values()], [selected]);

  return {
    sort,
    setSort,
    paging,
    setPaging: (next: GridPaginationModel) => (next.pageSize !== pageSize ? setPageSize(next.pageSize) : setPage(next.page)),
    window: { offset: page * pageSize, limit: pageSize },
    selectedRows,
    selection: {
      ids: selectedIds,
      onChange: (ids: ReadonlySet<string>, rowsOnPage: readonly R[]) => {
        const onPage = new Map(rowsOnPage.map((row) => [row.id, row]));
        setSelected(
          new Map(
            [...ids].flatMap((id) => {
              const row = selected.get(id) ?? onPage.get(id);
              return row && !row.archivedAt ? [[id, row] as const] : [];
            }),
          ),
        );
      },
    },
    clearSelection: () => setSelected(new Map()),
  };
}
