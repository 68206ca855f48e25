/**
 * Where a person's name files in a list: by family name where the name lets us tell it, with titles ("Dr.",
 * "Sgt.", "Pastor") and suffixes ("Jr.", "III", ", LCSW") left out. The name shown stays as it was typed; only
 * the order uses this key. SQL orders by the stored copy (members.sort_key) and TypeScript by this function, so both agree.
 */

/** Words before a name that say what a person is, not who. Compared without case and without a final period. */
// prettier-ignore
export const titles = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'doctor', 'prof', 'professor', 'hon', 'honorable', 'honourable', 'judge', 'justice',
  'rev', 'revd', 'reverend', 'pastor', 'father', 'fr', 'sister', 'sr', 'brother', 'br', 'rabbi', 'imam', 'bishop', 'elder', 'minister', 'deacon',
  'officer', 'ofc', 'det', 'detective', 'sgt', 'sergeant', 'cpl', 'corporal', 'lt', 'lieutenant', 'capt', 'cpt', 'captain',
  'cmdr', 'commander', 'chief', 'sheriff', 'deputy', 'dep', 'agent', 'trooper', 'major', 'maj', 'col', 'colonel', 'gen', 'general',
  'commissioner', 'councilmember', 'councilor', 'councillor', 'senator', 'sen', 'rep', 'representative', 'mayor', 'supervisor',
]);

/** Words after a name: generation and credentials. */
const generations = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// prettier-ignore
export const suffixes = new Set([
  ...generations, 'esq', 'phd', 'psyd', 'edd', 'md', 'do', 'jd', 'dds', 'rn', 'lpn', 'np', 'pa',
  'msw', 'lcsw', 'lmsw', 'licsw', 'lisw', 'lmft', 'mft', 'lpc', 'lpcc', 'lmhc', 'cadc', 'casac', 'ladc', 'bsw', 'ma', 'ms', 'mba', 'mpa', 'mph', 'med', 'ba', 'bs',
  'cpa', 'cfe', 'cwlc', 'cms', 'ret', 'usa', 'usn', 'usmc', 'usaf',
]);

/** Words that begin a family name of two or more words: "de la Cruz", "Van der Berg", "St. James", "bin Talal". */
const particles = new Set([
  'de',
  'del',
  'della',
  'der',
  'den',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'st',
]);

/** Sorts before any letter or space, so "Smith" files before "Smith-Jones" and "Smithers". */
const PART_SEPARATOR = '\t';

const bare = (word: string) => word.toLowerCase().replace(/\./g, '');

/** Case and accents do not change the order: "Ñúñez" files with "Nunez". Apostrophes and periods are left out. */
function foldForSorting(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’.]/g, '').replace(/\s+/g, ' ').trim();
}

const nicknameEnds: Record<string, string> = { '(': ')', '"': '"', '“': '”' };

/** "Robert (Bob) Smith" and 'Robert "Bob" Smith' are filed as Robert Smith. One pass: an unclosed bracket keeps the rest. */
function withoutNicknames(text: string): string {
  const unclosed = new Set<string>();
  let kept = '';
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    const closer = nicknameEnds[char];
    const end = closer === undefined || unclosed.has(closer) ? -1 : text.indexOf(closer, index + 1);
    if (closer !== undefined && end < 0) unclosed.add(closer);
    if (end < 0) {
      kept += char;
      index += 1;
    } else {
      kept += ' ';
      index = end + 1;
    }
  }
  return kept;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function dropTitles(parts: string[]): string[] {
  let start = 0;
  while (start < parts.length - 1 && titles.has(bare(parts[start]!))) start += 1;
  return parts.slice(start);
}

/**
 * Without a comma, a credential is only told from a family name by how it is written: "Jane Smith LCSW" and
 * "Ann Lee Ph.D." drop it, "Yo-Yo Ma" keeps his family name. Generations ("Jr", "III") always drop.
 */
function isTrailingSuffix(word: string, nameInCapitals: boolean): boolean {
  const plain = bare(word);
  if (generations.has(plain)) return true;
  if (!suffixes.has(plain) || nameInCapitals) return false;
  return word.includes('.') || word !== word.charAt(0) + word.slice(1).toLowerCase();
}

function dropSuffixes(parts: string[]): string[] {
  const nameInCapitals = parts.join(' ') === parts.join(' ').toUpperCase();
  let end = parts.length;
  while (end > 1 && isTrailingSuffix(parts[end - 1]!, nameInCapitals)) end -= 1;
  return parts.slice(0, end);
}

/** The words of the family name: the last word, with the lower-case particles written before it. */
function familyStart(parts: string[]): number {
  let start = parts.length - 1;
  while (start > 1 && particles.has(bare(parts[start - 1]!))) start -= 1;
  return start;
}

function key(family: string, given: string, whole: string): string {
  return [foldForSorting(family), foldForSorting(given), foldForSorting(whole)].join(PART_SEPARATOR);
}

/** The key a name sorts by: family name, then given names, then the whole name as written (for a stable order). */
export function nameSortKey(name: string): string {
  const whole = name.trim();
  const [head = '', ...afterCommas] = withoutNicknames(whole)
    .split(',')
    .map((part) => part.trim());
  const rest = afterCommas.filter((part) => part !== '' && !words(part).every((word) => suffixes.has(bare(word))));
  // A name with digits ("Youth advisor 2") or of one word has no family name we can tell: it files as written.
  if (/\d/.test(head)) return key(whole, '', whole);
  if (rest.length > 0) {
    // "Smith, Jane" (family name first, as rosters often keep them).
    const family = dropSuffixes(words(head));
    return key(family.join(' '), dropTitles(words(rest.join(' '))).join(' '), whole);
  }
  const parts = dropSuffixes(dropTitles(words(head)));
  if (parts.length < 2) return key(parts.join(' '), '', whole);
  const start = familyStart(parts);
  return key(parts.slice(start).join(' '), parts.slice(0, start).join(' '), whole);
}

/** Compares two names as lists order people; for sorting arrays of names in TypeScript. */
export function compareNames(a: string, b: string): number {
  const left = nameSortKey(a);
  const right = nameSortKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
