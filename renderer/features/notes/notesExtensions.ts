import StarterKit from '@tiptap/starter-kit';

const allowedLink = /^(https?:\/\/|mailto:)/i;

/** What notes may hold: headings (two levels), bold, italic, lists and web or mail links; the host sanitizes again. */
export const notesExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    blockquote: false,
    horizontalRule: false,
    strike: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['http', 'https', 'mailto'],
      isAllowedUri: (url) => allowedLink.test(url),
    },
  }),
];

/** Adds https:// to an address typed without a scheme; returns null for anything that is not a web or mail link. */
export function normalizeLink(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return allowedLink.test(withScheme) ? withScheme : null;
}
