import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { LinkChoice, PlanLinkKind } from '../../../shared/contract';
import { useDebounced } from '../../components/useDebounced';
import { useLinkChoices } from '../../components/plan/planQueries';

const words: Record<PlanLinkKind, { label: string; none: string }> = {
  'action-item': { label: 'Link an action item', none: 'No action item with those words, or it is linked already.' },
  decision: { label: 'Link a decision', none: 'No decision with those words, or it is linked already.' },
};

/** Type a few words of an action item or a decision to link it to the objective. */
export function LinkPicker({ objectiveId, kind, onPick, disabled }: { objectiveId: string; kind: PlanLinkKind; onPick: (id: string) => void; disabled: boolean }) {
  const [text, setText] = useState('');
  const typed = useDebounced(text, 200);
  const choices = useLinkChoices({ objectiveId, kind, text: typed });
  return (
    <Autocomplete<LinkChoice>
      options={choices.data ?? []}
      loading={choices.isPending}
      disabled={disabled}
      value={null}
      inputValue={text}
      onInputChange={(_event, value, reason) => reason !== 'reset' && setText(value)}
      onChange={(_event, choice) => {
        if (!choice) return;
        setText('');
        onPick(choice.id);
      }}
      filterOptions={(options) => options}
      getOptionLabel={(choice) => choice.label}
      noOptionsText={words[kind].none}
      renderOption={({ key, ...props }, choice) => (
        <li key={key} {...props}>
          <div style={{ minWidth: 0 }}>
            <Typography sx={{ overflowWrap: 'anywhere' }}>{choice.label}</Typography>
            <Typography variant="body2" color="text.secondary">
              {choice.detail}
            </Typography>
          </div>
        </li>
      )}
      renderInput={(params) => <TextField {...params} label={words[kind].label} size="small" />}
    />
  );
}
