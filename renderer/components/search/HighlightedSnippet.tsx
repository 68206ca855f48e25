import { snippetParts } from './snippetParts';

/** The snippet with the matched words in <mark>, so both eyes and screen readers find them. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  return snippetParts(snippet).map((part, index) => (part.matched ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>));
}
