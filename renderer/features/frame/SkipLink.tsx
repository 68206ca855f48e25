import { styled } from '@mui/material/styles';
import type { RefObject } from 'react';
import { focusPageHeading } from './focusPageHeading';

/** The id of the frame's main element, for the link's address (what a screen reader lists as its target). */
export const MAIN_CONTENT_ID = 'main-content';

const HiddenUntilFocused = styled('a')(({ theme }) => ({
  position: 'absolute',
  left: theme.spacing(1),
  top: theme.spacing(1),
  zIndex: theme.zIndex.tooltip + 1,
  padding: theme.spacing(1, 2),
  borderRadius: theme.shape.borderRadius,
  background: theme.palette.background.paper,
  color: theme.palette.primary.main,
  fontWeight: 600,
  // Off screen until it has keyboard focus: the first Tab on every page shows it.
  transform: 'translateY(-200%)',
  '&:focus': { transform: 'none' },
}));

/** "Skip to main content": the first stop of the keyboard, past the top bar and the navigation, to the page's heading. */
export function SkipLink({ main }: { main: RefObject<HTMLElement | null> }) {
  return (
    <HiddenUntilFocused
      // The click is handled here: the address's fragment holds the route, so following the link would change page.
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        const container = main.current;
        if (container && !focusPageHeading(container)) container.focus();
      }}
    >
      Skip to main content
    </HiddenUntilFocused>
  );
}
