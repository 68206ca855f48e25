import { LineChart } from '@mui/x-charts/LineChart';
import { type ReviewSeries, type ReviewView, complianceRates } from '../../../shared/dataReview';
import { SectionCard } from '../../components/SectionCard';
import { ChartFigure } from './ChartFigure';
import { shortPeriod } from './reviewRange';

/** The share of reports and screenings made within 24 hours, the law's clocks, period by period. */
export function ComplianceSection({ series, view }: { series: ReviewSeries; view: ReviewView }) {
  const compliance = complianceRates(series, view);
  if (compliance.length === 0) return null;
  const columns = series.periods.map(shortPeriod);
  const last = series.periods.length - 1;
  const summary = compliance
    .map((each) => {
      const latest = each.rates[last];
      return `${each.measure.name}: ${latest?.rate === null || latest === undefined ? (latest?.label ?? 'nothing to count') : `${latest.label} of ${each.of.name.toLowerCase()}`} in ${shortPeriod(series.periods[last] ?? '')}.`;
    })
    .join(' ');
  return (
    <SectionCard title="Within 24 hours">
      <ChartFigure
        title="Share done within 24 hours"
        summary={summary}
        table={{ corner: 'Measure', columns, rows: compliance.map((each) => ({ label: each.measure.name, cells: each.rates.map((rate) => rate.label) })) }}
        chart={
          <LineChart
            xAxis={[{ scaleType: 'point', data: columns }]}
            yAxis={[{ min: 0, max: 100, label: 'per cent' }]}
            series={compliance.map((each) => ({
              data: each.rates.map((rate) => (rate.rate === null ? null : Math.round(rate.rate * 100))),
              label: each.measure.name,
              showMark: true,
            }))}
            height={300}
          />
        }
      />
    </SectionCard>
  );
}
