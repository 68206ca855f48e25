import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { type SectorId, sectorLabel, sectors } from '../../../shared/stakeholderSectors';

const groupNames = { core: 'Core sectors', community: 'Community groups', other: 'Other' } as const;
const groupOf = new Map(sectors.map((sector) => [sector.id, groupNames[sector.group]]));

interface SectorsFieldProps {
  label: string;
  value: readonly SectorId[];
  onChange: (value: SectorId[]) => void;
  error?: string;
  /** Shown under the field when there is no error. */
  helperText: string;
}

/** Several stakeholder sectors and community groups, grouped as the guide groups them. */
export function SectorsField({ label, value, onChange, error, helperText }: SectorsFieldProps) {
  return (
    <Autocomplete
      multiple
      options={sectors.map((sector) => sector.id)}
      value={[...value]}
      onChange={(_event, chosen) => onChange(chosen)}
      groupBy={(id) => groupOf.get(id) ?? groupNames.other}
      getOptionLabel={(id) => sectorLabel(id)}
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? helperText} />}
    />
  );
}
