import { suffixes, titles } from './nameSortKey';

/**
 * Counts only, never people. The data module keeps integer counts and one short note per submission; a note that
 * looks like it identifies a young person is refused before it is stored. The rule is deliberately cautious: a
 * coordinator can always reword a note, but a name or a case number stored in it cannot be taken back out of
 * every backup.
 *
 * Refused, in this order:
 * - a full date (day, month and year in any common order or with a month name) or "DOB": a date of birth or an
 *   event date narrows a count down to one person;
 * - a case-number shape: a word of letters and digits with at least two digits ("CW2024", "AB-12345"), a run of
 *   five or more digits, or "case", "file", "client" or "record" followed by a number; period labels such as
 *   "Q3", "FY26" or "H1" stay allowed;
 * - the name of a person on the roster (full name or display name of two words or more, accents and capitals
 *   aside; titles and suffixes are not needed to match).
 * Messages never repeat what matched, so an error shown or logged does not carry the identifier itself.
 */

export type NoteIdentifierKind = 'date' | 'case-number' | 'roster-name';

export const noteIdentifierMessages: Record<NoteIdentifierKind, string> = {
  date: 'The note has what looks like a date of birth or another full date. Notes are for how the figures were counted, never for people: remove the date and save again.',
  'case-number':
    'The note has what looks like a case, file or client number. The data module keeps counts only, never identifiers: remove the number and save again.',
  'roster-name': 'The note has the name of a person on the roster. The data module keeps counts only, never people: remove the name and save again.',
};

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_PATTERNS: readonly RegExp[] = [
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/, // 2010-03-14
  /\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b/, // 03/14/2010, 14.03.10
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4}\\b`, 'i'), // March 14, 2010
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{2,4}\\b`, 'i'), // 14 March 2010
  /\bd\.?\s?o\.?\s?b\b/i, // DOB, D.O.B.
  /\bdate of birth\b/i,
  /\bborn (?:on|in)\b/i,
];

/** Period labels that look like letters with digits but name a time, not a person. */
const PERIOD_LABEL = /^(?:q[1-4]|h[12]|fy\d{2}(?:\d{2})?|\d{4}q[1-4]|q[1-4]\d{4}|\d{4}-q[1-4])$/i;
const CASE_WORD = /\b(?:case|file|client|record|youth|child|id|ref)\s*(?:no\.?|number|#)?\s*[:#]?\s*\d+/i;
const DIGIT_RUN = /\d{5,}/;
const MIXED_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}_#-]*/gu;

function looksLikeCaseNumber(note: string): boolean {
  if (DIGIT_RUN.test(note.replace(/(?<=\d)[ ,.](?=\d{3}\b)/g, '')) || CASE_WORD.test(note)) return true;
  for (const [token] of note.matchAll(MIXED_TOKEN)) {
    if (PERIOD_LABEL.test(token)) continue;
    const digits = token.replace(/\D/g, '').length;
    if (digits >= 2 && /\p{L}/u.test(token)) return true;
  }
  return false;
}

/** Lower case, accents off, every run of other characters one space: "Muñoz-Díaz" reads "munoz diaz". */
export function foldedWords(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

export interface RosterName {
  fullName: string;
  displayName: string;
}

/**
 * The name forms a note may not hold, folded: each full name and display name of two words or more, and from the
 * full name without titles, suffixes and initials, and of that its first and last word together and its first two
 * and last two words (so "Dr. Rosa M. Muñoz Jr." and "Rosa María Muñoz" are both caught by "Rosa Muñoz").
 */
export function rosterNameForms(people: readonly RosterName[]): string[] {
  const forms = new Set<string>();
  const add = (words: readonly string[]) => {
    if (words.length >= 2) forms.add(words.join(' '));
  };
  for (const { fullName, displayName } of people) {
    add(foldedWords(fullName).trim().split(' '));
    add(foldedWords(displayName).trim().split(' ').filter(Boolean));
    const words = foldedWords(fullName)
      .trim()
      .split(' ')
      .filter((word) => word.length >= 2 && !titles.has(word) && !suffixes.has(word));
    add(words);
    if (words.length > 2) {
      add([words[0] ?? '', words.at(-1) ?? '']);
      add(words.slice(0, 2));
      add(words.slice(-2));
    }
  }
  return [...forms];
}

/** Which kind of identifier a note seems to hold, or null. `roster` holds the people's names as stored. */
export function noteIdentifierKind(note: string, roster: readonly RosterName[]): NoteIdentifierKind | null {
  if (DATE_PATTERNS.some((pattern) => pattern.test(note))) return 'date';
  if (looksLikeCaseNumber(note)) return 'case-number';
  const folded = foldedWords(note);
  if (rosterNameForms(roster).some((form) => folded.includes(` ${form} `))) return 'roster-name';
  return null;
}

/** The explanation for a refused note, or null when it may be stored. */
export function noteProblem(note: string, roster: readonly RosterName[]): string | null {
  const kind = noteIdentifierKind(note, roster);
  return kind === null ? null : noteIdentifierMessages[kind];
}
