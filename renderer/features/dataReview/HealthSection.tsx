import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import type { CoalitionHealth } from '../../../shared/contract';
import { type SectorId, sectorLabel } from '../../../shared/stakeholderSectors';
import { SectionCard } from '../../components/SectionCard';
import { errorMessage } from '../../components/errorMessage';
import { formatDate } from '../../format/formatDate';
import { ChartFigure } from './ChartFigure';
import { useCoalitionHealth } from './dataReviewQueries';
import { shortPeriod } from './reviewRange';

const monthLabel = shortPeriod;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The coalition's health from what the app already holds: who comes, who never does, work done, reviews overdue. */
export function HealthSection({ months }: { months: { from: string; to: string } }) {
  const health = useCoalitionHealth(months);
  return (
    <SectionCard title="Coalition health">
      {health.isPending && <CircularProgress aria-label="Loading the coalition health" />}
      {health.isError && <Alert severity="error">{errorMessage(health.error)}</Alert>}
      {health.data && <HealthFigures health={health.data} />}
    </SectionCard>
  );
}

function HealthFigures({ health }: { health: CoalitionHealth }) {
  const columns = health.months.map(monthLabel);
  const sectorsSeen = [...new Set(health.attendance.map((row) => row.sector))];
  const count = (month: string, sector: SectorId) => health.attendance.find((row) => row.month === month && row.sector === sector)?.count ?? 0;
  const present = health.attendance.reduce((all, row) => all + row.count, 0);
  const opened = health.actions.reduce((all, row) => all + row.opened, 0);
  const done = health.actions.reduce((all, row) => all + row.done, 0);
  const { under30, from30to90, over90, oldestDays } = health.openAges;
  const open = under30 + from30to90 + over90;
  return (
    <Stack sx={{ gap: 3 }}>
      <ChartFigure
        title="Attendance by sector"
        empty={present === 0}
        summary={
          present === 0
            ? 'Nobody was marked present at a held meeting in these months.'
            : `${plural(present, 'attendance', 'attendances')} at held meetings from ${plural(sectorsSeen.length, 'sector', 'sectors')} over ${plural(health.months.length, 'month', 'months')}.`
        }
        table={{
          corner: 'Sector',
          columns,
          rows: sectorsSeen.map((sector) => ({ label: sectorLabel(sector), cells: health.months.map((month) => String(count(month, sector))) })),
        }}
        chart={
          <BarChart
            xAxis={[{ scaleType: 'band', data: columns }]}
            yAxis={[{ min: 0, tickMinStep: 1, label: 'people present' }]}
            series={sectorsSeen.map((sector) => ({ data: health.months.map((month) => count(month, sector)), label: sectorLabel(sector), stack: 'sectors' }))}
            height={320}
            hideLegend={sectorsSeen.length > 6}
          />
        }
      />
      <Stack sx={{ gap: 1 }}>
        <Typography variant="h3">Sectors never consulted</Typography>
        <Typography>
          {health.neverConsulted.length === 0
            ? 'Someone from every core sector came to at least one meeting in these months.'
            : `Nobody from these core sectors came to a meeting in these months: ${health.neverConsulted.map((sector) => sectorLabel(sector)).join('; ')}.`}
        </Typography>
      </Stack>
      <ChartFigure
        title="Action items opened and done"
        empty={opened + done === 0}
        summary={`${plural(opened, 'action item', 'action items')} opened and ${done} done in these months. ${
          open === 0
            ? 'None is open now.'
            : `${plural(open, 'is', 'are')} open now: ${under30} under 30 days old, ${from30to90} from 30 to 90 days, ${over90} older; the oldest has been open ${plural(oldestDays ?? 0, 'day', 'days')}.`
        }`}
        table={{
          corner: 'Month',
          columns: ['Opened', 'Done'],
          rows: health.actions.map((row) => ({ label: monthLabel(row.month), cells: [String(row.opened), String(row.done)] })),
        }}
        chart={
          <BarChart
            xAxis={[{ scaleType: 'band', data: columns }]}
            yAxis={[{ min: 0, tickMinStep: 1, label: 'action items' }]}
            series={[
              { data: health.actions.map((row) => row.opened), label: 'Opened' },
              { data: health.actions.map((row) => row.done), label: 'Done' },
            ]}
            height={280}
          />
        }
      />
      <Stack sx={{ gap: 1 }}>
        <Typography variant="h3">Protocols overdue for review</Typography>
        <Typography>
          {health.overdueProtocols.length === 0
            ? 'No protocol or agreement in force is overdue for review.'
            : `${plural(health.overdueProtocols.length, 'protocol or agreement is', 'protocols or agreements are')} overdue for review: ${health.overdueProtocols
                .map((protocol) => (protocol.nextReviewOn ? `${protocol.title} (due ${formatDate(protocol.nextReviewOn)})` : protocol.title))
                .join('; ')}.`}
        </Typography>
      </Stack>
    </Stack>
  );
}
