import sanitizeHtml from 'sanitize-html';
import { trimEndOf } from '../../shared/trimChars';

/**
 * Meeting notes are limited HTML from the editor. They are cleaned again here, whatever the renderer sent:
 * only structure and emphasis survive, and links only to web pages and e-mail addresses.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'code', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }), h1: 'h2', div: 'p' },
};

/** Block-level ends become line breaks in the plain text, so words of two paragraphs never run together. */
const BLOCK_END = /<\/(p|h2|h3|h4|li|blockquote)>|<br\s*\/?>/gi;

export interface CleanNotes {
  html: string;
  /** Plain text for search and exports. */
  text: string;
}

export function sanitizeNotes(html: string): CleanNotes {
  const clean = sanitizeHtml(html, options);
  const text = sanitizeHtml(
    clean.replace(BLOCK_END, (tag) => `${tag}\n`),
    { allowedTags: [], allowedAttributes: {} },
  );
  const lines = decodeEntities(text)
    .split('\n')
    .map((line) => trimEndOf(line, ' \t'));
  return {
    html: clean,
    text: lines
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim(),
  };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** Turns back the only entities sanitize-html writes (and a few common ones) into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}
