import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ImportPreviewResult } from '../../../shared/contract';
import type { ColumnMapping } from './transferQueries';

interface ColumnMappingFieldsProps {
  fields: ImportPreviewResult['fields'];
  headers: readonly string[];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange: (field: string, column: number | null) => void;
}

const NOT_IN_FILE = '';

function columnName(header: string, index: number): string {
  return header.trim() || `Column ${index + 1}`;
}

/** One select per directory field: which column of the file fills it, or none. */
export function ColumnMappingFields({ fields, headers, mapping, disabled, onChange }: ColumnMappingFieldsProps) {
  return (
    <>
      <Typography variant="body2">
        Each field of the directory takes its values from one column of your file. The columns were matched by their names; change any that are wrong.
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        {fields.map((field) => {
          const column = mapping[field.id];
          return (
            <TextField
              key={field.id}
              select
              size="small"
              label={field.label}
              value={column === null || column === undefined ? NOT_IN_FILE : String(column)}
              onChange={(event) => onChange(field.id, event.target.value === NOT_IN_FILE ? null : Number(event.target.value))}
              disabled={disabled}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value={NOT_IN_FILE}>(not in this file)</option>
              {headers.map((header, index) => (
                <option key={index} value={String(index)}>
                  {columnName(header, index)}
                </option>
              ))}
            </TextField>
          );
        })}
      </Box>
    </>
  );
}
