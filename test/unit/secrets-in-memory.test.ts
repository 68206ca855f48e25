import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CIPHER, openEncryptedDatabase } from '../../main/db/openDatabase';
import { FAST_TEST_SCRYPT_COST, deriveKey, newScryptParams } from '../../main/workspace/kdf';
import { WEB_INVOKE_PATH, WEB_TOKEN_HEADER } from '../../shared/bridge';
import { normalizeRecoveryCode } from '../../shared/recoveryCode';
import { unlockDataKey } from '../../main/workspace/unlockDataKey';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { tempDir } from './support/testDesk';

// Made up here and sent only over HTTP, so the host can have it only from the request bodies.
const PASSPHRASE = ['quartz', 'meadow', 'lantern', 'violin'].join(' ');
const children: ChildProcess[] = [];

afterEach(() => {
  while (children.length > 0) children.pop()?.kill('SIGKILL');
  vi.restoreAllMocks();
});

const isZeroed = (bytes: Buffer) => bytes.every((byte) => byte === 0);

function startHost(dataDir: string) {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'support', 'heapSnapshotHost.ts'), dataDir], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) {
          child.stdout?.off('data', onData);
          resolve(match);
        }
      };
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        check();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
      check();
    });
  return { child, waitFor };
}

function invoke(port: number, token: string, channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: WEB_INVOKE_PATH, headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: token } },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve(JSON.parse(body) as { ok: boolean }));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ channel, input }));
  });
}

describe('secrets in the memory of the host after lock', () => {
  it('a heap snapshot taken after create, lock, unlock and lock holds neither the passphrase, the recovery code nor the data key', async () => {
    const dataDir = tempDir();
    const { child, waitFor } = startHost(dataDir);
    const [, port, token] = (await waitFor(/listening (\d+) (\S+)/)) as unknown as [string, string, string];
    const call = async (channel: string, input: unknown) => {
      const result = await invoke(Number(port), token, channel, input);
      expect(result, channel).toMatchObject({ ok: true });
      return result.value as Record<string, unknown>;
    };

    const created = await call('workspace.create', {
      name: 'Heap Coalition',
      jurisdiction: { state: 'Oregon', region: '' },
      passphrase: PASSPHRASE,
      location: null,
    });
    const workspacePath = (created.workspace as { path: string }).path;
    const recoveryCode = created.recoveryCode as string;
    await call('workspace.lock', {});
    await call('workspace.unlock', { path: workspacePath, passphrase: PASSPHRASE });
    await call('directory.listOrganizations', {}).catch(() => undefined);
    await call('workspace.lock', {});

    const snapshotFile = path.join(tempDir(), 'after-lock.heapsnapshot');
    child.stdin?.write(`snapshot ${snapshotFile}\n`);
    await waitFor(/snapshot written/);
    const heap = fs.readFileSync(snapshotFile);

    const { dataKey } = await unlockDataKey(workspaceFiles(workspacePath), 'passphrase', PASSPHRASE);
    const keyHex = dataKey.toString('hex');
    const found = {
      passphrase: heap.includes(PASSPHRASE),
      recoveryCode: heap.includes(recoveryCode) || heap.includes(normalizeRecoveryCode(recoveryCode)),
      dataKeyHex: heap.includes(keyHex) || heap.includes(keyHex.toUpperCase()),
    };
    expect(found).toEqual({ passphrase: false, recoveryCode: false, dataKeyHex: false });
  }, 120_000);

  it('zeroes the bytes of the passphrase once scrypt is done with them', async () => {
    const given: Buffer[] = [];
    const scrypt = crypto.scrypt.bind(crypto) as (...args: unknown[]) => void;
    vi.spyOn(crypto, 'scrypt').mockImplementation(((password: Buffer, ...rest: unknown[]) => {
      given.push(password);
      scrypt(password, ...rest);
    }) as unknown as typeof crypto.scrypt);
    await deriveKey(PASSPHRASE, newScryptParams(FAST_TEST_SCRYPT_COST));
    expect(given).toHaveLength(1);
    expect(given[0]?.length).toBe(Buffer.byteLength(PASSPHRASE));
    expect(isZeroed(given[0] as Buffer)).toBe(true);
  });

  it('hands SQLCipher the key from a buffer zeroed afterwards, never as SQL text', () => {
    const dataKey = crypto.randomBytes(32);
    const keyHex = dataKey.toString('hex');
    const pragmas = vi.spyOn(Database.prototype, 'pragma');
    const keys: Buffer[] = [];
    const key = Database.prototype.key;
    vi.spyOn(Database.prototype, 'key').mockImplementation(function (this: Database.Database, keyText: Buffer) {
      keys.push(keyText);
      expect(keyText.toString('latin1')).toBe(`x'${keyHex}'`);
      return key.call(this, keyText);
    });
    const db = openEncryptedDatabase(path.join(tempDir(), 'key.db'), dataKey, DEFAULT_CIPHER);
    db.close();
    expect(pragmas.mock.calls.flat().join('\n')).not.toContain(keyHex);
    expect(keys).toHaveLength(1);
    expect(isZeroed(keys[0] as Buffer)).toBe(true);
  });
});
