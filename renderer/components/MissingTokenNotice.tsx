import Typography from '@mui/material/Typography';
import { CenteredPanel } from './CenteredPanel';

interface MissingTokenNoticeProps {
  /** 'missing': the tab was opened without Coalition Desk's link (a bookmark, a new tab); 'expired': its link is from an earlier run. */
  reason: 'missing' | 'expired';
}

/** Browser mode without a link the host accepts: nothing can be reached, so say in plain words how to get back in. */
export function MissingTokenNotice({ reason }: MissingTokenNoticeProps) {
  return (
    <CenteredPanel>
      <Typography variant="h1">{reason === 'expired' ? "This tab's link has expired" : 'Open Coalition Desk from its shortcut'}</Typography>
      <Typography>
        {reason === 'expired'
          ? 'Coalition Desk was closed or started again since this tab was opened, so this tab can no longer reach your workspace.'
          : 'For your privacy, Coalition Desk only answers the tab it opened itself, and this tab was opened another way (a bookmark, a copied address or a new tab).'}
      </Typography>
      <Typography>
        Open Coalition Desk again from its shortcut, or start it again the way you started it before. It opens a new tab that works; you can close this one.
        Your workspace is safe: nothing in it was changed.
      </Typography>
      <Typography color="text.secondary">Bookmarks to pages of Coalition Desk work in the tab Coalition Desk opened, while it is running.</Typography>
    </CenteredPanel>
  );
}
