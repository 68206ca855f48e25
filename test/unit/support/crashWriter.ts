// Child process for the crash-safety test: commits numbered rows in a loop and reports each
// sequence number on stdout only after its transaction has committed. The parent kills it with SIGKILL.
import crypto from 'node:crypto';
import { openEncryptedDatabase } from '../../../main/db/openDatabase';
import type { DatabaseCipher } from '../../../main/workspace/keySlots';

const [file, keyHex, cipherJson, startText] = process.argv.slice(2) as [string, string, string, string];
const db = openEncryptedDatabase(file, Buffer.from(keyHex, 'hex'), JSON.parse(cipherJson) as DatabaseCipher);
db.pragma('wal_autocheckpoint = 50');
const insert = db.prepare('INSERT INTO crash_log (seq, payload, digest) VALUES (?, ?, ?)');
const bump = db.prepare('UPDATE crash_counter SET total = total + 1 WHERE id = 1');
const commit = db.transaction((seq: number, payload: string) => {
  insert.run(seq, payload, crypto.createHash('sha256').update(payload).digest('hex'));
  bump.run();
});

for (let seq = Number(startText); ; seq += 1) {
  const payload = crypto.randomBytes(256 + Math.floor(Math.random() * 6000)).toString('base64');
  commit(seq, payload);
  process.stdout.write(`${seq}\n`);
}
