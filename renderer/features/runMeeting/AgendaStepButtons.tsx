import SkipNext from '@mui/icons-material/SkipNext';
import SkipPrevious from '@mui/icons-material/SkipPrevious';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { AgendaItem } from '../../../shared/contract';
import { shortcutText } from './runShortcuts';

interface AgendaStepButtonsProps {
  current: AgendaItem | null;
  previousItem: AgendaItem | undefined;
  nextItem: AgendaItem | undefined;
  moving: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous, and Next (which marks the current item done); on the last item, Next only marks it done. */
export function AgendaStepButtons({ current, previousItem, nextItem, moving, onPrevious, onNext }: AgendaStepButtonsProps) {
  const nextLabel = nextItem ? 'Next item' : 'Mark item done';
  return (
    <Stack direction="row" sx={{ gap: 1, justifyContent: 'space-between', flexWrap: 'wrap' }}>
      <Button
        variant="outlined"
        startIcon={<SkipPrevious />}
        disabled={moving || !previousItem}
        onClick={onPrevious}
        aria-keyshortcuts={shortcutText('previous')}
      >
        Previous
      </Button>
      <Button
        variant="contained"
        endIcon={<SkipNext />}
        disabled={moving || (!nextItem && current?.status !== 'open')}
        onClick={onNext}
        aria-keyshortcuts={shortcutText('next')}
      >
        {nextLabel}
      </Button>
    </Stack>
  );
}
