/**
 * Regenerates test/unit/fixtures/guide-shingles.txt, the hashed 8-word runs of the sector guide that
 * sector-contributions.test.ts checks our texts against (the guide itself stays out of the repository):
 *
 *   npx tsx test/unit/support/hashGuideShingles.ts <path to collaborating-with-youth-serving-agencies.txt>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shingleHash, shingles } from './shingles';

const guide = process.argv[2];
if (!guide) {
  console.error('Usage: npx tsx test/unit/support/hashGuideShingles.ts <guide.txt>');
  process.exit(2);
}
const hashes = [...new Set(shingles(readFileSync(guide, 'utf8')).map(shingleHash))].sort();
const out = path.resolve(import.meta.dirname, '..', 'fixtures', 'guide-shingles.txt');
writeFileSync(out, `${hashes.join('\n')}\n`);
console.log(`${hashes.length} shingle hashes written to ${path.relative(process.cwd(), out)}`);
