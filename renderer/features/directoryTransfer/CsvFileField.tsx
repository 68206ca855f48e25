import UploadFile from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useRef, type ChangeEvent } from 'react';
import { visuallyHidden } from '../../components/visuallyHidden';

interface CsvFileFieldProps {
  fileName: string | undefined;
  error: string | null;
  disabled: boolean;
  onChoose: (file: File) => void;
}

/** Off screen but still a real input: the button is what people see and press. */

const hint = 'The first row must name the columns. From Excel, save as "CSV UTF-8".';

/** The file picker: a button that opens the system's file dialog, the chosen file's name, and any problem reading it. */
export function CsvFileField({ fileName, error, disabled, onChoose }: CsvFileFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) still counts as a choice.
    event.target.value = '';
    if (file) onChoose(file);
  };
  return (
    <FormControl error={Boolean(error)}>
      <FormLabel id={`${id}-label`}>CSV file</FormLabel>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
        {/* A plain button that opens the input beside it: a label made a button around an input nests two controls. */}
        <Button variant="outlined" startIcon={<UploadFile />} disabled={disabled} onClick={() => input.current?.click()}>
          {fileName ? 'Choose another file' : 'Choose a file'}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-help`}
          aria-invalid={Boolean(error)}
          tabIndex={-1}
          style={visuallyHidden}
          onChange={choose}
        />
        <Typography sx={{ overflowWrap: 'anywhere' }}>{fileName ?? 'No file chosen'}</Typography>
      </Stack>
      <FormHelperText id={`${id}-help`} sx={{ mx: 0 }}>
        {error ?? hint}
      </FormHelperText>
    </FormControl>
  );
}
