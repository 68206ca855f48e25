import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../components/errorMessage';
import { FormDialog } from './FormDialog';

interface BulkEditDialogProps {
  /** e.g. "Change 3 organizations". */
  title: string;
  /** How many of the chosen records the values picked so far would change, and how they are counted ("2 organizations"). */
  changing: number;
  chosen: number;
  countText: (count: number) => string;
  /** Nothing picked yet: submitting says so instead of calling the host. */
  nothingPicked: boolean;
  onClose: () => void;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}

/**
 * The confirmation of a bulk edit: the fields to set ("Leave as it is" by default), and in words how many records
 * the choice will change before anything is sent. A refusal from the host is shown here and changes nothing.
 */
export function BulkEditDialog({ title, changing, chosen, countText, nothingPicked, onClose, onSubmit, children }: BulkEditDialogProps) {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    if (nothingPicked) return setProblem('Choose at least one thing to change.');
    setSaving(true);
    setProblem(null);
    try {
      await onSubmit();
    } catch (error) {
      setProblem(errorMessage(error));
      setSaving(false);
    }
  };
  const already = chosen - changing;
  return (
    <FormDialog
      title={title}
      open
      saving={saving}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={nothingPicked ? 'Change' : `Change ${countText(changing)}`}
    >
      {children}
      <Typography role="status">
        {nothingPicked
          ? `Pick what to set on the ${countText(chosen)}. Fields left as they are do not change.`
          : `${countText(changing)} will change${already > 0 ? `; ${countText(already)} already ${already === 1 ? 'has' : 'have'} these values` : ''}. Each change is recorded in that record’s history.`}
      </Typography>
      {problem && <Alert severity="error">{problem}</Alert>}
    </FormDialog>
  );
}
