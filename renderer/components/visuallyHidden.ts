/**
 * Text for screen readers only: it takes no room on screen. Lengths are strings because MUI's `sx` reads a bare 1
 * as 100%; the same object serves a plain `style` attribute.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
