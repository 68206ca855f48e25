import type { PlanLinkKind } from '../../../shared/contract';
import { invoke } from '../../api';
import { ChoicePicker } from '../../components/ChoicePicker';
import { planKeys } from '../../components/plan/planQueries';

const words: Record<PlanLinkKind, { label: string; none: string }> = {
  'action-item': { label: 'Link an action item', none: 'No action item with those words, or it is linked already.' },
  decision: { label: 'Link a decision', none: 'No decision with those words, or it is linked already.' },
};

/** Type a few words of an action item or a decision to link it to the objective. */
export function LinkPicker({
  objectiveId,
  kind,
  onPick,
  disabled,
}: {
  objectiveId: string;
  kind: PlanLinkKind;
  onPick: (id: string) => void;
  disabled: boolean;
}) {
  return (
    <ChoicePicker
      label={words[kind].label}
      none={words[kind].none}
      queryKey={planKeys.linkChoices({ objectiveId, kind })}
      fetchChoices={(text) => invoke('plan.linkChoices', { objectiveId, kind, text })}
      onPick={(choice) => onPick(choice.id)}
      disabled={disabled}
    />
  );
}
