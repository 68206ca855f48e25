import TableChart from '@mui/icons-material/TableChart';
import ShowChart from '@mui/icons-material/ShowChart';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId, useState } from 'react';

export interface FigureTable {
  /** The first column's heading, then one per value column. */
  corner: string;
  columns: readonly string[];
  rows: readonly { label: string; cells: readonly string[] }[];
}

/**
 * A chart with its title, a summary in words (what a screen reader hears first) and a "Show as table" switch that
 * puts the same figures in a table. With nothing to draw (`empty`), the summary alone.
 */
export function ChartFigure({
  title,
  summary,
  chart,
  table,
  empty = false,
}: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: FigureTable;
  empty?: boolean;
}) {
  const titleId = useId();
  const summaryId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <Box component="figure" aria-labelledby={titleId} aria-describedby={summaryId} sx={{ m: 0, minWidth: 0 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography id={titleId} component="figcaption" variant="h3">
          {title}
        </Typography>
        {!empty && (
          <Button size="small" startIcon={asTable ? <ShowChart /> : <TableChart />} onClick={() => setAsTable(!asTable)} aria-pressed={asTable}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
        )}
      </Stack>
      <Typography id={summaryId} sx={{ mt: 1, maxWidth: 760 }}>
        {summary}
      </Typography>
      {empty ? null : asTable ? (
        <FiguresTable title={title} table={table} />
      ) : (
        <Box aria-hidden sx={{ minWidth: 0 }}>
          {chart}
        </Box>
      )}
    </Box>
  );
}

function FiguresTable({ title, table }: { title: string; table: FigureTable }) {
  return (
    <TableContainer sx={{ mt: 1, maxWidth: '100%', overflowX: 'auto' }}>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {table.corner}
            </TableCell>
            {table.columns.map((column) => (
              <TableCell key={column} component="th" scope="col" align="right">
                {column}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.label}>
              <TableCell component="th" scope="row">
                {row.label}
              </TableCell>
              {row.cells.map((cell, at) => (
                <TableCell key={table.columns[at] ?? at} align="right">
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
