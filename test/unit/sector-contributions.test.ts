import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualitiesToLookFor, sectorContributions } from '../../shared/sectorContributions';
import { sectorIds } from '../../shared/stakeholderSectors';
import { SHINGLE_WORDS, shingleHash, shingles } from './support/shingles';

/** The guide's 8-word runs, hashed (regenerate with test/unit/support/hashGuideShingles.ts). */
const guideShinglesPath = path.join(import.meta.dirname, 'fixtures', 'guide-shingles.txt');

const allTexts = [
  ...Object.values(sectorContributions).flatMap((contribution) => [contribution.services, contribution.identification, contribution.other]),
  ...qualitiesToLookFor.flatMap((quality) => [quality.label, quality.explanation]),
];

describe('sector contributions', () => {
  it('has the three texts for every sector, and nothing for sectors that do not exist', () => {
    expect(Object.keys(sectorContributions).sort()).toEqual([...sectorIds].sort());
    for (const id of sectorIds) {
      const contribution = sectorContributions[id];
      expect(contribution.services.trim(), `${id} services`).not.toBe('');
      expect(contribution.identification.trim(), `${id} identification`).not.toBe('');
      expect(contribution.other.trim(), `${id} other`).not.toBe('');
    }
  });

  it('names the three qualities to look for in core members', () => {
    expect(qualitiesToLookFor.map((quality) => quality.id)).toEqual(['vulnerableYouth', 'traffickingExpertise', 'traumaInformed']);
    for (const quality of qualitiesToLookFor) expect(quality.label && quality.explanation).toBeTruthy();
  });

  it(`copies no run of ${SHINGLE_WORDS} words from the guide`, () => {
    const guide = new Set(readFileSync(guideShinglesPath, 'utf8').split('\n').filter(Boolean));
    expect(guide.size).toBeGreaterThan(1000);
    const copied = allTexts.flatMap((text) => shingles(text).filter((shingle) => guide.has(shingleHash(shingle))));
    expect(copied).toEqual([]);
  });
});
