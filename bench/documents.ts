// Storing and reading a 50 MB document inside the workspace (issue 13), encrypted vs plain: the same repository code
// the service runs (1 MiB pieces, one transaction), then every piece read back one at a time and checked.
// `npx tsx bench/documents.ts` runs these rows alone; `npm run bench` includes them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import { DOCUMENT_CHUNK_BYTES, MAX_DOCUMENT_BYTES } from '../shared/documentFiles';
import { deleteDocument, insertDocument, readChunk } from '../main/db/documentRepository';
import { sqlcipherEngine } from '../main/db/engine/storageEngine';
import { migrate } from '../main/db/migrate';
import { migrations } from '../main/db/migrations';
import { type Db, DEFAULT_CIPHER, openEncryptedDatabase, openPlainDatabase } from '../main/db/openDatabase';
import { putDocumentSearchEntry } from '../main/services/documentTexts';
import { locateTextWorker, readTextInWorker } from '../main/documents/textWorkers';
import { bundledTextWorker } from '../test/support/workerBundle';
import { textPdf } from '../test/unit/support/documentFixtures';
import { type Row, medianMs, printReport } from './harness';

function pieces(): Buffer[] {
  const bytes = crypto.randomBytes(MAX_DOCUMENT_BYTES);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += DOCUMENT_CHUNK_BYTES) chunks.push(bytes.subarray(start, start + DOCUMENT_CHUNK_BYTES));
  return chunks;
}

export async function documentRows(dbs: { encrypted: Db; plain: Db }, repeats: number): Promise<Row[]> {
  const chunks = pieces();
  const sha256 = chunks.reduce((hash, chunk) => hash.update(chunk), crypto.createHash('sha256')).digest('hex');
  const measure = async (db: Db) => {
    const engine = sqlcipherEngine(db);
    let id = '';
    const store = await medianMs(repeats, async () => {
      if (id) await engine.transaction((trx) => deleteDocument(trx, id));
      db.pragma('wal_checkpoint(TRUNCATE)');
      id = uuidv7();
      const document = {
        id,
        name: 'Bench document',
        kind: 'pdf' as const,
        versionLabel: '',
        sizeBytes: MAX_DOCUMENT_BYTES,
        sha256,
        textState: 'none' as const,
        uploadedById: null,
        uploadedAt: new Date().toISOString(),
      };
      await engine.transaction((trx) => insertDocument(trx, document, chunks));
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const read = await medianMs(repeats, async () => {
      const hash = crypto.createHash('sha256');
      for (let index = 0; index < chunks.length; index += 1) hash.update((await readChunk(engine.db, id, index))!);
      if (hash.digest('hex') !== sha256) throw new Error('the document did not read back as stored');
    });
    await engine.transaction((trx) => deleteDocument(trx, id));
    await engine.close();
    return { store, read };
  };
  const encrypted = await measure(dbs.encrypted);
  const plain = await measure(dbs.plain);
  const size = `${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`;
  const text = await textRow(dbs);
  return [
    text,
    { operation: `documents: store a ${size} document (50 pieces, one transaction)`, encryptedMs: encrypted.store, plainMs: plain.store },
    { operation: `documents: read a ${size} document back piece by piece`, encryptedMs: encrypted.read, plainMs: plain.read, note: 'SHA-256 checked' },
  ];
}

/**
 * A 50 MB PDF: pdfkit's 200 pages of text with 48 MB of padding after the header line. The padding moves every
 * object from where the cross-reference table says it is, so pdf.js rebuilds that table by scanning the whole file:
 * the slow path a damaged large file takes.
 */
async function largeTextPdf(): Promise<Buffer> {
  const pages = Array.from({ length: 200 }, (_, page) =>
    Array.from({ length: 40 }, (_, line) => `Page ${page}, line ${line}: the county protocol for youth missing from care.`),
  );
  const head = await textPdf(pages);
  const padding = Buffer.alloc(MAX_DOCUMENT_BYTES - head.length, 0x20);
  return Buffer.concat([head.subarray(0, 9), Buffer.from('%'), padding.subarray(1), head.subarray(9)]).subarray(0, MAX_DOCUMENT_BYTES);
}

/** CPU time of this process (the text worker's thread included) to read a 50 MB PDF's words and index them. */
async function textRow(dbs: { encrypted: Db; plain: Db }): Promise<Row> {
  const worker = bundledTextWorker();
  locateTextWorker(() => worker);
  const bytes = await largeTextPdf();
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += DOCUMENT_CHUNK_BYTES) chunks.push(bytes.subarray(start, start + DOCUMENT_CHUNK_BYTES));
  const cpuMs = async (db: Db) => {
    const engine = sqlcipherEngine(db);
    const before = process.cpuUsage();
    const outcome = await readTextInWorker('pdf', chunks).outcome;
    if (outcome.kind !== 'text') throw new Error(`the bench PDF was not read: ${outcome.kind}`);
    await engine.transaction((trx) => putDocumentSearchEntry(trx, uuidv7(), { name: 'Bench PDF', versionLabel: '' }, outcome.text));
    const used = process.cpuUsage(before);
    await engine.close();
    return Math.round((used.user + used.system) / 1000);
  };
  return {
    operation: `documents: read the words of a ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB PDF (200 pages of text) in the text worker and index them`,
    encryptedMs: await cpuMs(dbs.encrypted),
    plainMs: await cpuMs(dbs.plain),
    note: 'CPU ms, worker included',
  };
}

async function alone(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-documents-bench-'));
  const encrypted = openEncryptedDatabase(path.join(dir, 'encrypted.db'), crypto.randomBytes(32), DEFAULT_CIPHER);
  const plain = openPlainDatabase(path.join(dir, 'plain.db'), DEFAULT_CIPHER.pageSize);
  try {
    for (const db of [encrypted, plain]) migrate(db, migrations, { backupBeforeMigrating: () => undefined });
    printReport('Documents inside the workspace', await documentRows({ encrypted, plain }, 3), { pageSize: DEFAULT_CIPHER.pageSize });
  } finally {
    encrypted.close();
    plain.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith(`bench${path.sep}documents.ts`)) {
  alone().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
