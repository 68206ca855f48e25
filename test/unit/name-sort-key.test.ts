import { describe, expect, it } from 'vitest';
import { compareNames, nameSortKey } from '../../shared/nameSortKey';

/** The family name and given names a key files under (the whole name, its third part, only breaks ties). */
const filedAs = (name: string) => nameSortKey(name).split('\t').slice(0, 2);

describe('a name files by family name, with titles and suffixes left out', () => {
  it.each([
    ['Maria Lopez', ['lopez', 'maria']],
    ['Dr. Maria Lopez', ['lopez', 'maria']],
    ['Dr Maria Lopez', ['lopez', 'maria']],
    ['Sgt. Dana Whitfield', ['whitfield', 'dana']],
    ['Hon. Ruth Baxter', ['baxter', 'ruth']],
    ['Pastor James Okafor', ['okafor', 'james']],
    ['Rev. Dr. Alicia Grant', ['grant', 'alicia']],
    ['Det. Sam Ortiz', ['ortiz', 'sam']],
    ['Judge Elena Park', ['park', 'elena']],
    ['Mr. Tom Reyes', ['reyes', 'tom']],
    ['Ms. Kim Tran', ['tran', 'kim']],
    ['Mrs. Joan Ellis', ['ellis', 'joan']],
    ['Mx. Jordan Lee', ['lee', 'jordan']],
    ['Officer Pat Quinn', ['quinn', 'pat']],
    ['Capt. Ray Holm', ['holm', 'ray']],
    ['Lt. Ana Souza', ['souza', 'ana']],
    ['Martin Luther King Jr.', ['king', 'martin luther']],
    ['Martin Luther King, Jr.', ['king', 'martin luther']],
    ['John Doe III', ['doe', 'john']],
    ['Jane Smith, PhD', ['smith', 'jane']],
    ['Jane Smith, PhD, LCSW', ['smith', 'jane']],
    ['Jane Smith, MSW LCSW', ['smith', 'jane']],
    ['Jane Smith LCSW', ['smith', 'jane']],
    ['Ann Lee Ph.D.', ['lee', 'ann']],
    ['Yo-Yo Ma', ['ma', 'yo-yo']],
    ['Smith, Jane', ['smith', 'jane']],
    ['de la Cruz, Maria', ['de la cruz', 'maria']],
    ['Maria de la Cruz', ['de la cruz', 'maria']],
    ['Maria De La Cruz', ['de la cruz', 'maria']],
    ['Pieter van der Berg', ['van der berg', 'pieter']],
    ['Luiz da Silva', ['da silva', 'luiz']],
    ['Mary St. James', ['st james', 'mary']],
    ['Van Morrison', ['morrison', 'van']],
    ['Ana García-Márquez', ['garcia-marquez', 'ana']],
    ['Siobhán O’Brien', ['obrien', 'siobhan']],
    ["Liam O'Neil", ['oneil', 'liam']],
    ['Ñúñez, José', ['nunez', 'jose']],
    ['Robert (Bob) Smith', ['smith', 'robert']],
    ['Robert "Bob" Smith', ['smith', 'robert']],
    ['Cher', ['cher', '']],
    ['Dr. Cher', ['cher', '']],
    ['Youth Advisor 2', ['youth advisor 2', '']],
    ['  Maria   Lopez  ', ['lopez', 'maria']],
    ['Judge', ['judge', '']],
    ['', ['', '']],
  ])('%s files as %j', (name, expected) => {
    expect(filedAs(name)).toEqual(expected);
  });

  it('orders a roster as a reader expects, with the names unchanged', () => {
    const roster = [
      'Dr. Zoe Adams',
      'Pastor Ben Carter',
      'Maria de la Cruz',
      'Alan Smithers',
      'Sgt. Amy Smith-Jones',
      'Hon. Kay Smith',
      'Ñúñez, José',
      'Nora Nunez',
      'Cher',
      'Bob Smith, Jr.',
    ];
    expect([...roster].sort(compareNames)).toEqual([
      'Dr. Zoe Adams',
      'Pastor Ben Carter',
      'Cher',
      'Maria de la Cruz',
      'Ñúñez, José',
      'Nora Nunez',
      'Bob Smith, Jr.',
      'Hon. Kay Smith',
      'Sgt. Amy Smith-Jones',
      'Alan Smithers',
    ]);
  });

  it('gives the same key whatever the case or accents, and different keys to different names', () => {
    expect(nameSortKey('MARIA LOPEZ').split('\t')[0]).toBe('lopez');
    expect(nameSortKey('María López').split('\t').slice(0, 2)).toEqual(nameSortKey('Maria Lopez').split('\t').slice(0, 2));
    expect(nameSortKey('Dr. Maria Lopez')).not.toBe(nameSortKey('Maria Lopez'));
    expect(compareNames('Maria Lopez', 'Maria Lopez')).toBe(0);
  });

  it('keeps a long name linear to file', () => {
    expect(filedAs(`${'Dr. '.repeat(50_000)}Ann Lee`)).toEqual(['lee', 'ann']);
    expect(filedAs(`Ann ${'(x '.repeat(50_000)}Lee`)[0]).toBe('lee');
  });
});
