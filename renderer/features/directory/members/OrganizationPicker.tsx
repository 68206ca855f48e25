import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { sectorLabel } from '../../../../shared/stakeholderSectors';
import type { Organization } from '../../../../shared/contract';
import { useOrganizations } from '../directoryQueries';

interface OrganizationPickerProps {
  label: string;
  value: string | null;
  onChange: (organization: Organization | null) => void;
  error?: string | undefined;
}

/** Type to find an organization; archived ones are offered only when already chosen. */
export function OrganizationPicker({ label, value, onChange, error }: OrganizationPickerProps) {
  const organizations = useOrganizations(true);
  const options = (organizations.data ?? []).filter((organization) => !organization.archivedAt || organization.id === value);
  const selected = options.find((organization) => organization.id === value) ?? null;
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_event, organization) => onChange(organization)}
      getOptionLabel={(organization) => organization.name}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      loading={organizations.isPending}
      noOptionsText="No organization by that name"
      renderOption={({ key, ...props }, organization) => (
        <li key={key} {...props}>
          <span>
            {organization.name}
            <br />
            <small>{sectorLabel(organization.sector, organization.sectorOtherLabel)}</small>
          </span>
        </li>
      )}
      renderInput={(params) => (
        <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? 'Leave empty for someone who does not represent an agency.'} />
      )}
    />
  );
}
