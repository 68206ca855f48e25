import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { coalitionRoles, involvementLevels, organizationKinds } from '../../../shared/contract';
import { coalitionRoleLabels, involvementLabels, kindLabels } from '../../../shared/directoryLabels';
import { votingDefaults } from '../../../shared/importValues';
import type { FileKind } from './importWording';
import type { initialDefaults } from './useImportFlow';

type Defaults = typeof initialDefaults;

const votingLabels: Record<Defaults['votingMember'], string> = {
  'primary-representatives': 'Primary representatives of their organization',
  everyone: 'Everyone',
  nobody: 'Nobody for now (set it later)',
};

interface DefaultField {
  field: keyof Defaults;
  label: string;
  ids: readonly string[];
  labels: Readonly<Record<string, string>>;
}

const organizationDefaults: readonly DefaultField[] = [
  { field: 'involvement', label: 'Involvement of organizations', ids: involvementLevels, labels: involvementLabels },
  { field: 'kind', label: 'Kind of organization', ids: organizationKinds, labels: kindLabels },
];

const memberDefaults: readonly DefaultField[] = [
  { field: 'votingMember', label: 'Voting members', ids: votingDefaults, labels: votingLabels },
  { field: 'coalitionRole', label: 'Coalition role', ids: coalitionRoles, labels: coalitionRoleLabels },
];

function fieldsFor(kind: FileKind): readonly DefaultField[] {
  if (kind === 'organizations') return organizationDefaults;
  if (kind === 'members') return memberDefaults;
  return [...memberDefaults, ...organizationDefaults];
}

interface ImportDefaultsFieldsProps {
  kind: FileKind;
  defaults: Defaults;
  disabled: boolean;
  onChange: <F extends keyof Defaults>(field: F, value: Defaults[F]) => void;
}

/** What the file does not say, chosen before the import: a cell in the file always wins over these. */
export function ImportDefaultsFields({ kind, defaults, disabled, onChange }: ImportDefaultsFieldsProps) {
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        Where the file does not say
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        {fieldsFor(kind).map(({ field, label, ids, labels }) => (
          <TextField
            key={field}
            select
            size="small"
            label={label}
            value={defaults[field]}
            onChange={(event) => onChange(field, event.target.value as Defaults[typeof field])}
            disabled={disabled}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            {ids.map((id) => (
              <option key={id} value={id}>
                {labels[id]}
              </option>
            ))}
          </TextField>
        ))}
      </Box>
    </>
  );
}
