import type { ActionItem } from '../../../shared/contract';

export interface ActionItemFormDialogProps {
  open: boolean;
  onClose: () => void;
  /** Editing an existing item; otherwise a new one is created. */
  item?: ActionItem;
  /** For a new item captured during a meeting. */
  source?: { meetingId: string; agendaItemId: string | null };
}

/** Placeholder until this dialog lands. */
export function ActionItemFormDialog(_props: ActionItemFormDialogProps) {
  return null;
}
