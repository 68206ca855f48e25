import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { OrganizationBulkEdit, Organization, involvementLevels, organizationKinds } from '../../../../shared/contract';
import type { SectorId } from '../../../../shared/stakeholderSectors';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { BulkEditDialog } from '../BulkEditDialog';
import { involvementLabels, kindLabels } from '../directoryLabels';
import { useDirectoryChange } from '../directoryQueries';
import { OptionSelect } from '../OptionSelect';
import { organizationsText } from '../recordCounts';
import { SectorOptions } from '../SectorOptions';

const LEAVE = 'Leave as it is';

type Changes = OrganizationBulkEdit['changes'];

function changesOf(involvement: string, kind: string, sector: SectorId | '', otherLabel: string): Changes {
  return {
    ...(involvement ? { involvement: involvement as (typeof involvementLevels)[number] } : {}),
    ...(kind ? { kind: kind as (typeof organizationKinds)[number] } : {}),
    ...(sector ? { sector: { id: sector, otherLabel: sector === 'other' ? otherLabel.trim() : '' } } : {}),
  };
}

function wouldChange(organization: Organization, changes: Changes): boolean {
  return (
    (changes.involvement !== undefined && changes.involvement !== organization.involvement) ||
    (changes.kind !== undefined && changes.kind !== organization.kind) ||
    (changes.sector !== undefined && (changes.sector.id !== organization.sector || (changes.sector.otherLabel ?? '') !== organization.sectorOtherLabel))
  );
}

/** Involvement, kind and sector for every chosen organization at once. */
export function OrganizationsBulkEditDialog({
  organizations,
  onClose,
  onDone,
}: {
  organizations: readonly Organization[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [involvement, setInvolvement] = useState<(typeof involvementLevels)[number] | ''>('');
  const [kind, setKind] = useState<(typeof organizationKinds)[number] | ''>('');
  const [sector, setSector] = useState<SectorId | ''>('');
  const [otherLabel, setOtherLabel] = useState('');
  const { notify } = useNotify();
  const edit = useDirectoryChange('directory.bulkEditOrganizations');
  const changes = changesOf(involvement, kind, sector, otherLabel);
  const changing = organizations.filter((organization) => wouldChange(organization, changes)).length;

  return (
    <BulkEditDialog
      title={`Change ${organizationsText(organizations.length)}`}
      chosen={organizations.length}
      changing={changing}
      countText={organizationsText}
      nothingPicked={Object.keys(changes).length === 0}
      onClose={onClose}
      onSubmit={async () => {
        const result = await edit.mutateAsync({ organizationIds: organizations.map((organization) => organization.id), changes });
        notify(`${organizationsText(result.changed)} changed.`, 'success');
        onDone();
      }}
    >
      <OptionSelect label="Involvement" value={involvement} onChange={setInvolvement} options={involvementLabels} emptyOption={LEAVE} />
      <OptionSelect label="Kind" value={kind} onChange={setKind} options={kindLabels} emptyOption={LEAVE} />
      <OptionSelect label="Sector" value={sector} onChange={setSector} emptyOption={LEAVE}>
        <SectorOptions />
      </OptionSelect>
      {sector === 'other' && <TextField label="Sector label" value={otherLabel} onChange={(event) => setOtherLabel(event.target.value)} required />}
    </BulkEditDialog>
  );
}
