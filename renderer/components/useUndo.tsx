import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { type ReactNode, useState } from 'react';
import { errorMessage } from './errorMessage';
import { useNotify } from './notifications/NotificationContext';

interface Offer {
  message: string;
  undo: () => Promise<unknown>;
}

/** "Goal deleted. Undo": a snackbar that offers to take back what was just deleted, for a few seconds. */
export function useUndo(): { offerUndo: (offer: Offer) => void; undoSnackbar: ReactNode } {
  const [offer, setOffer] = useState<Offer | null>(null);
  const { notify } = useNotify();
  const undo = () => {
    const taken = offer;
    setOffer(null);
    taken?.undo().then(
      () => notify('Brought back.', 'success'),
      (error: unknown) => notify(errorMessage(error), 'error'),
    );
  };
  const undoSnackbar = (
    <Snackbar
      open={offer !== null}
      autoHideDuration={10_000}
      onClose={(_event, reason) => reason !== 'clickaway' && setOffer(null)}
      message={offer?.message}
      action={
        <Button color="inherit" size="small" onClick={undo}>
          Undo
        </Button>
      }
    />
  );
  return { offerUndo: setOffer, undoSnackbar };
}
