import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ImportPreviewResult } from '../../../shared/contract';
import { valueCategoryLabels, valueOptions, type ValueCategory } from '../../../shared/importValues';

type FileValue = ImportPreviewResult['values'][number];

interface ValueMappingFieldsProps {
  values: readonly FileValue[];
  disabled: boolean;
  onChange: (category: ValueCategory, key: string, id: string) => void;
}

const NOT_CHOSEN = '';

/** One picker per distinct value the import did not recognise: what it means in the directory. Remembered for next time. */
export function ValueMappingFields({ values, disabled, onChange }: ValueMappingFieldsProps) {
  if (values.length === 0) return <Typography variant="body2">Every sector, kind, role and yes-or-no value in the file was recognised.</Typography>;
  return (
    <>
      <Typography variant="body2">
        These values in your file were not recognised. Choose what each one means; every row with that value follows your choice, and the next import in this
        workspace remembers it.
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        {values.map((value) => (
          <TextField
            key={`${value.category}:${value.key}`}
            select
            size="small"
            label={`${valueCategoryLabels[value.category]}: ${value.text}`}
            value={value.chosen ?? NOT_CHOSEN}
            onChange={(event) => event.target.value !== NOT_CHOSEN && onChange(value.category, value.key, event.target.value)}
            disabled={disabled}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value={NOT_CHOSEN}>(choose)</option>
            {valueOptions[value.category].map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </TextField>
        ))}
      </Box>
    </>
  );
}
