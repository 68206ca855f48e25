import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsText, type ChartsTextProps } from '@mui/x-charts/ChartsText';
import { LineChart } from '@mui/x-charts/LineChart';
import { useMemo, useState } from 'react';
import { type MeasureTable, type ReviewSeries, type ReviewView, comparison, measureTable, trendSummary } from '../../../shared/dataReview';
import { SectionCard } from '../../components/SectionCard';
import { ChartFigure, type FigureTable } from './ChartFigure';
import { wrapAxisLabel } from './axisLabel';
import { shortPeriod } from './reviewRange';

const CHART_HEIGHT = 280;

/** Every measure's latest total against the period before and a year earlier, as the view may show them. */
export function AtAGlance({ series, view }: { series: ReviewSeries; view: ReviewView }) {
  const tables = series.measures.map((measure) => measureTable(series, measure.id, view));
  const last = series.periods[series.periods.length - 1] ?? '';
  const rows = tables.map((table) => {
    const compare = comparison(table);
    return {
      label: table.measure.name,
      cells: [compare?.now.label ?? '–', compare?.previous?.total.label ?? 'not in range', compare?.yearAgo?.total.label ?? 'not in range'],
    };
  });
  const table: FigureTable = { corner: 'Measure', columns: [shortPeriod(last), 'Period before', 'A year earlier'], rows };
  const withFigures = tables.filter((each) => each.hasFigures).length;
  const summary = `${withFigures} of ${tables.length} measures have figures for these periods. The table compares each one’s total for ${shortPeriod(last)} with the period before and the same period a year earlier.`;
  return (
    <SectionCard title="This period against the last and a year ago">
      <ChartFigure title="All measures at a glance" summary={summary} chart={<GlanceBars tables={tables} />} table={table} />
    </SectionCard>
  );
}

function GlanceBars({ tables }: { tables: readonly MeasureTable[] }) {
  const dataset = tables.map((table) => {
    const compare = comparison(table);
    return {
      measure: table.measure.name,
      now: compare?.now.value ?? null,
      previous: compare?.previous?.total.value ?? null,
      yearAgo: compare?.yearAgo?.total.value ?? null,
    };
  });
  // The charts cut a tick label that does not fit on one line, so the axis gets a short token that always fits and
  // the label drawn for it is the name wrapped on up to three lines; the tooltip and the table view give it whole.
  const namesKey = tables.map((table) => table.measure.name).join('\n');
  const TickLabel = useMemo(() => wrappedTickLabel(new Map(namesKey.split('\n').map((name, index) => [axisToken(index), wrapAxisLabel(name)]))), [namesKey]);
  const tokens = new Map(tables.map((table, index) => [table.measure.name, axisToken(index)]));
  return (
    <BarChart
      dataset={dataset}
      layout="horizontal"
      yAxis={[
        {
          scaleType: 'band',
          dataKey: 'measure',
          width: 220,
          tickLabelStyle: { fontSize: 11 },
          valueFormatter: (name: string, context) => (context.location === 'tick' ? (tokens.get(name) ?? name) : name),
        },
      ]}
      slots={{ axisTickLabel: TickLabel }}
      series={[
        { dataKey: 'yearAgo', label: 'A year earlier' },
        { dataKey: 'previous', label: 'Period before' },
        { dataKey: 'now', label: 'Latest' },
      ]}
      height={Math.max(CHART_HEIGHT, tables.length * 48 + 80)}
    />
  );
}

const axisToken = (index: number) => `m${index}`;

/** A tick label that draws, for an axis token, the wrapped name it stands for (lines split on "\n"). */
function wrappedTickLabel(labels: ReadonlyMap<string, string>) {
  return function WrappedTickLabel(props: ChartsTextProps) {
    return <ChartsText {...props} text={labels.get(props.text) ?? props.text} />;
  };
}

/** One measure over time (total of the organizations) and by organization (stacked), from the same table. */
export function MeasureSection({ series, view }: { series: ReviewSeries; view: ReviewView }) {
  const [chosen, setChosen] = useState<string>('');
  const measure = series.measures.find((each) => each.id === chosen) ?? series.measures[0];
  if (!measure) return null;
  const table = measureTable(series, measure.id, view);
  const columns = series.periods.map(shortPeriod);
  const overTime: FigureTable = {
    corner: 'Period',
    columns: ['Total'],
    rows: series.periods.map((period, at) => ({ label: shortPeriod(period), cells: [table.periodTotals[at]?.label ?? ''] })),
  };
  const byOrganization: FigureTable = {
    corner: 'Organization',
    columns: [...columns, 'All periods'],
    rows: [
      ...table.organizations.map((organization, row) => ({
        label: organization.name,
        cells: [...(table.cells[row] ?? []).map((cell) => cell.label), table.organizationTotals[row]?.label ?? ''],
      })),
      { label: 'All organizations', cells: [...table.periodTotals.map((cell) => cell.label), table.grandTotal.label] },
    ],
  };
  const summary = trendSummary(table, shortPeriod);
  return (
    <SectionCard title="One measure over time">
      <TextField select size="small" label="Measure" value={measure.id} onChange={(event) => setChosen(event.target.value)} sx={{ maxWidth: 520 }}>
        {series.measures.map((each) => (
          <MenuItem key={each.id} value={each.id}>
            {each.name}
          </MenuItem>
        ))}
      </TextField>
      <Stack sx={{ gap: 3 }}>
        <ChartFigure
          title={`${measure.name}: all organizations`}
          summary={summary}
          table={overTime}
          chart={
            <LineChart
              xAxis={[{ scaleType: 'point', data: columns }]}
              yAxis={[{ min: 0, label: measure.unit }]}
              series={[{ data: table.periodTotals.map((cell) => cell.value), label: 'Total', showMark: true }]}
              height={CHART_HEIGHT}
            />
          }
        />
        <ChartFigure
          title={`${measure.name}: by organization`}
          summary={organizationSummary(table)}
          table={byOrganization}
          chart={
            <BarChart
              xAxis={[{ scaleType: 'band', data: columns }]}
              yAxis={[{ min: 0, label: measure.unit }]}
              series={table.organizations.map((organization, row) => ({
                data: (table.cells[row] ?? []).map((cell) => cell.value),
                label: organization.name,
                stack: 'organizations',
              }))}
              height={CHART_HEIGHT + 40}
            />
          }
        />
      </Stack>
    </SectionCard>
  );
}

function organizationSummary(table: MeasureTable): string {
  if (!table.hasFigures) return 'No organization has entered figures for this measure in these periods.';
  const shown = table.organizations
    .map((organization, row) => ({ name: organization.name, total: table.organizationTotals[row] }))
    .filter((entry) => entry.total && !entry.total.hidden);
  const largest = shown.sort((a, b) => (b.total?.value ?? 0) - (a.total?.value ?? 0))[0];
  const hidden = table.organizationTotals.filter((total) => total.hidden).length;
  const lead = `${table.organizations.length} ${table.organizations.length === 1 ? 'organization reported' : 'organizations reported'} this measure.`;
  const most = largest ? ` The largest share came from ${largest.name} (${largest.total?.label ?? ''} over the periods).` : '';
  const small = hidden > 0 ? ` ${hidden} ${hidden === 1 ? 'organization’s total is' : 'organizations’ totals are'} hidden to protect small numbers.` : '';
  return `${lead}${most}${small}`;
}
