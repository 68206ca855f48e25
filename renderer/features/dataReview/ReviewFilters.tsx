import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { type ReviewQuery, reviewSetIds } from '../../../shared/contract';
import { type PeriodKind, parsePeriod } from '../../../shared/dataPeriods';
import { measureSetById } from '../../../shared/dataMeasureSets';
import { type SectorId, sectorLabel, sectors } from '../../../shared/stakeholderSectors';
import { defaultRange, offeredPeriods, todayIso } from './reviewRange';

export type ReviewFilter = Required<Pick<ReviewQuery, 'from' | 'to' | 'setId'>> & { sector: SectorId | '' };

const setLabel = (id: (typeof reviewSetIds)[number]) => measureSetById(id)?.label ?? 'The coalition’s own measures';

/** Period range (quarters or months), sector and measure set. */
export function ReviewFilters({ filter, onChange, kinds }: { filter: ReviewFilter; onChange: (next: ReviewFilter) => void; kinds: readonly PeriodKind[] }) {
  const kind = parsePeriod(filter.from)?.kind ?? 'quarterly';
  const choices = offeredPeriods(kind, todayIso());
  const label = (id: string) => parsePeriod(id)?.label ?? id;
  const options = (ids: readonly string[]) =>
    ids.map((id) => (
      <MenuItem key={id} value={id}>
        {label(id)}
      </MenuItem>
    ));
  return (
    <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }} role="group" aria-label="What to review">
      {kinds.length > 1 && (
        <ToggleButtonGroup
          exclusive
          size="small"
          value={kind}
          onChange={(_, next: PeriodKind | null) => next && onChange({ ...filter, ...defaultRange(next, todayIso()) })}
          aria-label="Period length"
        >
          <ToggleButton value="quarterly">Quarterly</ToggleButton>
          <ToggleButton value="monthly">Monthly</ToggleButton>
        </ToggleButtonGroup>
      )}
      <TextField
        select
        size="small"
        label="From"
        value={filter.from}
        onChange={(event) => onChange({ ...filter, from: event.target.value, to: event.target.value > filter.to ? event.target.value : filter.to })}
        sx={{ width: 220 }}
      >
        {options(choices.includes(filter.from) ? choices : [filter.from, ...choices])}
      </TextField>
      <TextField
        select
        size="small"
        label="To"
        value={filter.to}
        onChange={(event) => onChange({ ...filter, to: event.target.value, from: event.target.value < filter.from ? event.target.value : filter.from })}
        sx={{ width: 220 }}
      >
        {options(choices)}
      </TextField>
      <TextField
        select
        size="small"
        label="Sector"
        value={filter.sector}
        onChange={(event) => onChange({ ...filter, sector: event.target.value as SectorId | '' })}
        sx={{ minWidth: 220, maxWidth: 360 }}
      >
        <MenuItem value="">Every sector</MenuItem>
        {sectors.map((sector) => (
          <MenuItem key={sector.id} value={sector.id}>
            {sectorLabel(sector.id)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label="Measure set"
        value={filter.setId ?? ''}
        onChange={(event) => onChange({ ...filter, setId: event.target.value === '' ? null : (event.target.value as ReviewFilter['setId']) })}
        sx={{ minWidth: 220, maxWidth: 360 }}
      >
        <MenuItem value="">Every set switched on</MenuItem>
        {reviewSetIds.map((id) => (
          <MenuItem key={id} value={id}>
            {setLabel(id)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
