import { sectors, type SectorGroup } from '../../../shared/stakeholderSectors';

const groupLabels: Record<SectorGroup, string> = {
  core: 'Core sectors',
  community: 'Community groups',
  other: 'Something else',
};

/** The sectors as grouped <option>s for an OptionSelect: core sectors, community groups, then Other. */
export function SectorOptions() {
  return (Object.keys(groupLabels) as SectorGroup[]).map((group) => (
    <optgroup key={group} label={groupLabels[group]}>
      {sectors
        .filter((sector) => sector.group === group)
        .map((sector) => (
          <option key={sector.id} value={sector.id}>
            {sector.label}
          </option>
        ))}
    </optgroup>
  ));
}
