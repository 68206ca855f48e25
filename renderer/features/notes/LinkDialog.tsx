import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { FormDialog } from '../directory/FormDialog';
import { normalizeLink } from './notesExtensions';

interface LinkDialogProps {
  initialHref: string;
  onSave: (href: string | null) => void;
  onClose: () => void;
}

/** Asks for a web or email address for the selected text; an empty address removes the link. */
export function LinkDialog({ initialHref, onSave, onClose }: LinkDialogProps) {
  const [typed, setTyped] = useState(initialHref);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (typed.trim() === '') return onSave(null);
    const href = normalizeLink(typed);
    if (href) onSave(href);
    else setProblem('Use a web address (https://…) or an email link (mailto:…).');
  };
  return (
    <FormDialog title="Link" open saving={false} onClose={onClose} onSubmit={submit}>
      <TextField
        autoFocus
        label="Link address"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setProblem(null);
        }}
        error={problem !== null}
        helperText={problem ?? 'Leave it empty to remove the link.'}
      />
    </FormDialog>
  );
}
