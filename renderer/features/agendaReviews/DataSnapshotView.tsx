import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useId } from 'react';
import type { DataSnapshot } from '../../../shared/contract';
import { sharedFigureWords } from '../../../shared/dataSnapshotWords';
import { hiddenFiguresRule } from '../../../shared/smallNumbers';

/** A bar is drawn only for a figure that was given and may be shown. */
const chartValue = (figure: DataSnapshot['totals'][number] | undefined): number | null => (figure && !figure.noFigures ? figure.value : null);

/** The snapshot as a bar chart (hidden figures left out) and as a table, which says the same for screen readers. */
export function DataSnapshotView({ snapshot }: { snapshot: DataSnapshot }) {
  const captionId = useId();
  const dataset = snapshot.periods.map((period, row) => ({
    period: period.label,
    ...Object.fromEntries(snapshot.measures.map((measure, column) => [measure.id, chartValue(snapshot.rows[row]?.[column])])),
  }));
  const anyBar = snapshot.rows.some((row) => row.some((figure) => chartValue(figure) !== null));
  return (
    <Box component="figure" aria-labelledby={captionId} sx={{ m: 0, display: 'grid', gap: 1.5, minWidth: 0 }}>
      <Typography id={captionId} component="figcaption" variant="body2" color="text.secondary">
        All reporting organizations together. {hiddenFiguresRule(snapshot.threshold)}
      </Typography>
      {!anyBar && <Typography color="text.secondary">No figure can be drawn: none were given for these periods, or every one is hidden.</Typography>}
      <Box aria-hidden sx={{ minWidth: 0, display: anyBar ? 'block' : 'none' }}>
        <BarChart
          dataset={dataset}
          xAxis={[{ scaleType: 'band', dataKey: 'period' }]}
          yAxis={[{ tickMinStep: 1, min: 0 }]}
          series={snapshot.measures.map((measure) => ({ dataKey: measure.id, label: measure.name }))}
          height={240}
        />
      </Box>
      <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
        <Table size="small" aria-label="Data snapshot">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Period
              </TableCell>
              {snapshot.measures.map((measure) => (
                <TableCell key={measure.id} component="th" scope="col" align="right" title={measure.definition}>
                  {measure.name}
                  {measure.unit && ` (${measure.unit})`}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {snapshot.periods.map((period, row) => (
              <TableRow key={period.id}>
                <TableCell component="th" scope="row">
                  {period.label}
                </TableCell>
                {snapshot.measures.map((measure, column) => {
                  const figure = snapshot.rows[row]?.[column];
                  return (
                    <TableCell key={measure.id} align="right">
                      {figure ? sharedFigureWords(figure) : ''}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
            <TableRow>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                Total
              </TableCell>
              {snapshot.totals.map((total, column) => (
                <TableCell key={snapshot.measures[column]?.id ?? column} align="right" sx={{ fontWeight: 600 }}>
                  {sharedFigureWords(total)}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
