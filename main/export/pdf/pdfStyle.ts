/** The look every exported PDF shares: US Letter, one-inch sides, Noto Sans, calm greys and one accent. */
export const PAGE = {
  size: 'LETTER' as const,
  margins: { top: 72, bottom: 66, left: 60, right: 60 },
  /** Baselines of the running header and footer, from the top and from the bottom edge. */
  headerY: 34,
  footerFromBottom: 40,
};

export const FONT = { regular: 'body', bold: 'body-bold', italic: 'body-italic', boldItalic: 'body-bold-italic' } as const;

export const SIZE = { title: 18, heading2: 14, heading3: 12, heading4: 11, body: 10, small: 8.5, frame: 8.5, draftMark: 96 };

export const COLOR = {
  text: '#1d1d1f',
  muted: '#5f6368',
  rule: '#c8ccd0',
  tableHeader: '#eef1f4',
  link: '#1a5fb4',
  confidential: '#a4262c',
  draftMark: '#d9dde1',
};

export const SPACE = { paragraph: 4, afterHeading: 3, beforeHeading: 10, cellPadding: 4, listIndent: 14 };
