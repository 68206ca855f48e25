import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualitiesToLookFor, sectorContributions } from '../../shared/sectorContributions';
import { sectorIds } from '../../shared/stakeholderSectors';

const guidePath = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'collaborating-with-youth-serving-agencies.txt');
const ngramSize = 8;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function ngrams(text: string): string[] {
  const list = words(text);
  return list.slice(0, Math.max(0, list.length - ngramSize + 1)).map((_, index) => list.slice(index, index + ngramSize).join(' '));
}

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

  it(`copies no run of ${ngramSize} words from the guide`, () => {
    const guideNgrams = new Set(ngrams(readFileSync(guidePath, 'utf8')));
    expect(guideNgrams.size).toBeGreaterThan(1000);
    const copied = allTexts.flatMap((text) => ngrams(text).filter((ngram) => guideNgrams.has(ngram)));
    expect(copied).toEqual([]);
  });
});
