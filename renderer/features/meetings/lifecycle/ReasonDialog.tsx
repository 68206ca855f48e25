import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { z } from 'zod';
import { reasonSchema } from '../../../../shared/contract';
import { FormDialog } from '../../directory/FormDialog';
import { useDraftForm } from '../../directory/useDraftForm';
import type { EditScope } from '../meetingDraft';
import { ScopeChoice } from '../ScopeChoice';

interface ReasonDialogProps {
  title: string;
  explanation: string;
  submitLabel: string;
  /** Ask "only this meeting / this and following" too (a meeting in a series). */
  askScope: boolean;
  saving: boolean;
  onClose: () => void;
  onSubmit: (reason: string, scope: EditScope) => void;
}

const reasonFormSchema = z.object({ reason: reasonSchema });

/** A step that must say why (cancelling a meeting, amending approved minutes); the reason is kept in the record. */
export function ReasonDialog({ title, explanation, submitLabel, askScope, saving, onClose, onSubmit }: ReasonDialogProps) {
  const form = useDraftForm<{ reason: string; scope: EditScope }>({ reason: '', scope: 'this' }, ['reason', 'scope']);
  const submit = () => {
    const input = form.validate(reasonFormSchema, form.draft);
    if (input) onSubmit(input.reason, form.draft.scope);
  };
  return (
    <FormDialog title={title} open saving={saving} onClose={onClose} onSubmit={submit} submitLabel={submitLabel} dismissLabel="Go back">
      <Typography>{explanation}</Typography>
      <TextField {...form.textField('reason', 'Reason')} multiline minRows={2} autoFocus />
      {askScope && <ScopeChoice legend="This meeting is part of a series. Apply to" value={form.draft.scope} onChange={(scope) => form.set('scope', scope)} />}
    </FormDialog>
  );
}
