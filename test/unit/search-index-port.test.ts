// Full-text search behind one port: the FTS5 and PostgreSQL adapters pass the same tests on their own engine.
import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { searchIndexFor } from '../../main/db/engine/search/searchIndexFor';
import { MATCH_END, MATCH_START, type SearchDocument, type SearchIndexName, SNIPPET_ELLIPSIS } from '../../main/db/engine/search/searchIndexPort';
import { createPostgresSearchTables } from '../../main/db/engine/search/postgresSearchSchema';
import type { StorageEngine } from '../../main/db/engine/storageEngine';
import { describeEachEngine } from './support/eachEngine';

const INDEXES: readonly SearchIndexName[] = ['directory', 'meetings', 'documents'];

const LONG_BODY = [
  'The coalition met at the county library to go over the shelter referral protocol for the coming year.',
  'Ana Muñoz from Lane County Youth Services presented the new intake checklist and the training calendar.',
  'Everyone agreed to send comments within two weeks so the protocol can be adopted at the next full meeting.',
].join(' ');

/** The directory holds organizations and members; meeting content its own kinds. */
const KINDS: Record<SearchIndexName, Record<string, string>> = {
  directory: { organization: 'organization', member: 'member', meeting: 'organization' },
  meetings: { organization: 'meeting', member: 'agenda-item', meeting: 'decision' },
  documents: { organization: 'document', member: 'document', meeting: 'document' },
  'action-items': { organization: 'action-item', member: 'action-item', meeting: 'action-item' },
};
const inIndex = (index: SearchIndexName, document: SearchDocument): SearchDocument => ({ ...document, kind: KINDS[index][document.kind] ?? document.kind });

const documents: SearchDocument[] = [
  { kind: 'organization', refId: 'org-munoz', title: 'Muñoz Family Resource Center', body: ['Social services', 'Springfield'] },
  { kind: 'member', refId: 'member-ana', title: 'Ana Lopez', body: ['Case manager', 'Youth shelter', 'ana.lopez@example.org'] },
  { kind: 'meeting', refId: 'meeting-1', title: 'Quarterly protocol review', body: [LONG_BODY] },
  { kind: 'member', refId: 'member-jose', title: 'José Álvarez-Núñez', body: ['Detective', 'Lane County Sheriff'] },
];

async function prepare(engine: StorageEngine): Promise<void> {
  // The SQLCipher engine's migrations made the FTS5 tables; the PostgreSQL template has no schema yet.
  if (engine.dialect === 'postgres') {
    const { rows } = await sql<{ found: string | null }>`SELECT to_regclass('directory_search')::text AS found`.execute(engine.db);
    if (!rows[0]?.found) await createPostgresSearchTables(engine.db);
  }
  const search = searchIndexFor(engine);
  await engine.transaction(async (trx) => {
    for (const index of INDEXES) for (const document of documents) await search.put(trx, index, inIndex(index, document));
  });
}

const plain = (snippet: string) => snippet.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '');

describeEachEngine('search index port', (subject) => {
  beforeEach(async () => {
    await prepare(subject.engine);
  });
  const search = (index: SearchIndexName, query: string, limit = 10) => searchIndexFor(subject.engine).search(subject.engine.db, index, query, limit);

  for (const index of INDEXES) {
    it(`finds names whatever their accents and capitals (${index})`, async () => {
      expect((await search(index, 'munoz')).map((hit) => hit.refId)).toEqual(['org-munoz', 'meeting-1']);
      expect((await search(index, 'MUÑOZ family')).map((hit) => hit.refId)).toEqual(['org-munoz']);
      expect((await search(index, 'jose alvarez nunez')).map((hit) => hit.refId)).toEqual(['member-jose']);
      // Words as people type them: the last one is a prefix, an email is found by its parts.
      expect((await search(index, 'alv')).map((hit) => hit.refId)).toEqual(['member-jose']);
      expect((await search(index, 'lopez example')).map((hit) => hit.refId)).toEqual(['member-ana']);
    });

    it(`reads nothing typed as query syntax: hostile queries find nothing and break nothing (${index})`, async () => {
      const hostile = [
        '"',
        '"unbalanced quote',
        "'; DROP TABLE directory_search; --",
        'NEAR(shelter protocol, 2)',
        '*',
        ')',
        '(',
        '--',
        'title:Muñoz OR 1=1',
        'Muñoz OR body',
        '^protocol NOT zzz',
        '\\',
        '\u0000',
        '!& | <-> :*',
        'zz'.repeat(50_000),
        Array.from({ length: 5000 }, (_, position) => `w${position}`).join(' '),
        '🧭🧭🧭',
        'shelter AND zzz',
      ];
      for (const query of hostile) expect(await search(index, query), query.slice(0, 40)).toEqual([]);
      // Everything is still there.
      expect((await search(index, 'munoz')).length).toBe(2);
    });

    it(`marks the matched words in a snippet of the best field, cut short with an ellipsis (${index})`, async () => {
      const [inTitle] = await search(index, 'family');
      expect(inTitle?.snippet).toBe(`Muñoz ${MATCH_START}Family${MATCH_END} Resource Center`);
      const [inBody] = await search(index, 'intake checklist');
      expect(inBody?.refId).toBe('meeting-1');
      expect(inBody?.snippet).toContain(`${MATCH_START}intake${MATCH_END} ${MATCH_START}checklist${MATCH_END}`);
      expect(inBody?.snippet.startsWith(SNIPPET_ELLIPSIS)).toBe(true);
      expect(inBody?.snippet.endsWith(SNIPPET_ELLIPSIS)).toBe(true);
      expect(plain(inBody?.snippet ?? '').split(/\s+/).length).toBeLessThanOrEqual(14);
      expect(LONG_BODY).toContain(plain(inBody?.snippet ?? '').replaceAll(SNIPPET_ELLIPSIS, ''));
    });

    it(`ranks a title match above a body match (${index})`, async () => {
      const put = (document: SearchDocument) => searchIndexFor(subject.engine).put(subject.engine.db, index, inIndex(index, document));
      // A short body that says it twice against a long title that says it once: the title still wins.
      await put({ kind: 'organization', refId: 'org-body', title: 'Riverside Outreach', body: ['Haven Haven'] });
      await put({ kind: 'organization', refId: 'org-title', title: 'Haven of Hope Youth and Family Services of Lane County', body: ['Emergency beds'] });
      expect((await search(index, 'haven')).map((hit) => hit.refId)).toEqual(['org-title', 'org-body']);
    });

    it(`adds many new documents at once, found like any other, and refuses, all or nothing, one already there (${index})`, async () => {
      const port = searchIndexFor(subject.engine);
      const many = Array.from({ length: 620 }, (_, n) =>
        inIndex(index, { kind: n % 2 ? 'organization' : 'member', refId: `new-${n}`, title: `Harbor Light ${n}`, body: ['Riverbend'] }),
      );
      await subject.engine.transaction((trx) => port.putNew(trx, index, many));
      expect(await port.countMatching(subject.engine.db, index, 'harbor')).toBe(620);
      expect((await search(index, 'harbor light 617')).map((hit) => hit.refId)).toEqual(['new-617']);
      expect((await search(index, 'munoz family')).map((hit) => hit.refId)).toEqual(['org-munoz']);

      const again = subject.engine.transaction((trx) =>
        port.putNew(trx, index, [inIndex(index, { kind: 'organization', refId: 'new-extra', title: 'Extra Mile', body: [] }), ...many.slice(0, 1)]),
      );
      await expect(again).rejects.toThrow();
      expect(await search(index, 'extra mile')).toEqual([]);
      expect(await port.countMatching(subject.engine.db, index, 'harbor')).toBe(620);
    });

    it(`replaces and removes documents (${index})`, async () => {
      const port = searchIndexFor(subject.engine);
      await port.put(subject.engine.db, index, inIndex(index, { kind: 'organization', refId: 'org-munoz', title: 'Ortiz Family Resource Center', body: [] }));
      expect((await search(index, 'munoz')).map((hit) => hit.refId)).toEqual(['meeting-1']);
      expect((await search(index, 'ortiz')).map((hit) => hit.refId)).toEqual(['org-munoz']);
      await port.remove(subject.engine.db, index, KINDS[index].organization ?? '', ['org-munoz']);
      await port.remove(subject.engine.db, index, KINDS[index].member ?? '', []);
      expect(await search(index, 'ortiz')).toEqual([]);
      expect((await search(index, 'ana')).map((hit) => hit.refId).sort()).toEqual(['meeting-1', 'member-ana']);
    });
  }

  it('rolls a document back with the transaction that wrote it', async () => {
    const { engine } = subject;
    const port = searchIndexFor(engine);
    const failed = engine.transaction(async (trx) => {
      await port.put(trx, 'directory', { kind: 'organization', refId: 'org-new', title: 'Harbor Light', body: [] });
      throw new Error('the record could not be saved');
    });
    await expect(failed).rejects.toThrow('the record could not be saved');
    expect(await search('directory', 'harbor')).toEqual([]);
  });
});
