import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../shared/contract';
import { errorCodes } from '../../shared/errors';
import { checkIntegrity } from '../../main/db/integrity';
import { openEncryptedDatabase } from '../../main/db/openDatabase';
import { unlockDataKey } from '../../main/workspace/unlockDataKey';
import { workspaceFiles } from '../../main/workspace/workspaceFiles';
import { PASSPHRASE, createTestWorkspace, testDesk } from './support/testDesk';

const RUNS_PER_CHANNEL = 1000;

/** Values that are sometimes right, mostly wrong: real paths, long and odd strings, wrong types. */
function nastyValue(workspacePath: string) {
  return fc.oneof(
    fc.constant(workspacePath),
    fc.constant(PASSPHRASE),
    fc.string({ maxLength: 40 }),
    fc.string({ minLength: 12, maxLength: 64 }),
    fc.constantFrom('', ' ', '../../etc/passwd', '\u0000', 'C:\\Windows', '\uFFFF'.repeat(20), 'x'.repeat(5000), '__proto__'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  );
}

/** Inputs shaped like the channel's own (its keys, nested one level), with nasty values, plus anything at all. */
function inputsFor(channel: (typeof channelNames)[number], workspacePath: string) {
  const shape = (contract[channel].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = [...Object.keys(shape), 'state', 'region', 'extra'];
  const value = nastyValue(workspacePath);
  const shaped = fc.record(
    Object.fromEntries(keys.map((key) => [key, fc.oneof(value, fc.record({ state: value, region: value }))])),
    { requiredKeys: [] },
  );
  return fc.oneof(shaped, fc.anything(), fc.jsonValue());
}

describe('every contract channel under random and malformed input', () => {
  it(`answers ${RUNS_PER_CHANNEL} inputs per channel with VALIDATION or a typed result, and the workspace stays intact`, async () => {
    const t = testDesk();
    const { workspace } = await createTestWorkspace(t);
    // Fuzzing may legitimately change the passphrase (it knows it); the data key never changes.
    const { dataKey, keySlots } = await unlockDataKey(workspaceFiles(workspace.path), 'passphrase', PASSPHRASE);
    let calls = 0;
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);

    for (const channel of channelNames) {
      await t.desk.router.invoke('workspace.unlock', { path: workspace.path, passphrase: PASSPHRASE });
      await fc.assert(
        fc.asyncProperty(inputsFor(channel, workspace.path), async (input) => {
          calls += 1;
          const result = await t.desk.router.invoke(channel, input);
          const inputIsValid = contract[channel].input.safeParse(input ?? {}).success;
          count(result.ok ? 'ok' : result.error.code);
          if (result.ok) {
            expect(inputIsValid).toBe(true);
            expect(contract[channel].output.safeParse(result.value).success).toBe(true);
            return;
          }
          expect(errorCodes).toContain(result.error.code);
          expect(result.error.code).not.toBe('INTERNAL');
          expect(typeof result.error.message).toBe('string');
          if (!inputIsValid) expect(result.error.code).toBe('VALIDATION');
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: 20261125 + channel.length },
      );
    }
    expect(calls).toBe(RUNS_PER_CHANNEL * channelNames.length);
    // The generators reach past validation into the services, not only the schema check.
    for (const outcome of ['ok', 'VALIDATION', 'NOT_FOUND', 'WRONG_PASSPHRASE']) expect(outcomes.get(outcome) ?? 0).toBeGreaterThan(0);
    expect((await t.desk.router.invoke('no.such.channel', {})).ok).toBe(false);

    await t.desk.router.invoke('workspace.lock', {});
    const db = openEncryptedDatabase(workspaceFiles(workspace.path).database, dataKey, keySlots.database, { readonly: true });
    expect(checkIntegrity(db)).toEqual({ ok: true, problems: [] });
    expect(db.prepare('SELECT name FROM workspace_meta').get()).toEqual({ name: workspace.name });
    db.close();
  }, 300_000);
});
