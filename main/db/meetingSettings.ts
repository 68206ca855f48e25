import { type QuorumRule, quorumRuleSchema } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';
import type { Db } from './openDatabase';
import { readSetting } from './settingsRepository';

export const QUORUM_RULE_KEY = 'meetings.quorumRule';
/** The time zone new meetings start in: chosen when the workspace is created, changed in Settings. */
export const TIME_ZONE_KEY = 'meetings.timeZone';

/** "At least half of the voting members" until the coalition sets its own rule. */
export const DEFAULT_QUORUM_RULE: QuorumRule = { kind: 'share', percent: 50 };

/** Whether the coalition has ever chosen a rule, rather than running on the default. */
export function quorumRuleChosen(db: Db): boolean {
  return readSetting(db, QUORUM_RULE_KEY) !== undefined;
}

/** The stored rule, checked on the way out: a damaged or older value falls back to the default. */
export function readQuorumRule(db: Db): QuorumRule {
  const rule = quorumRuleSchema.safeParse(readSetting(db, QUORUM_RULE_KEY));
  return rule.success ? rule.data : DEFAULT_QUORUM_RULE;
}

/** The storage-engine form of readQuorumRule. */
export async function loadQuorumRule(db: StorageExecutor): Promise<QuorumRule> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', QUORUM_RULE_KEY).executeTakeFirst();
  const rule = quorumRuleSchema.safeParse(row ? JSON.parse(row.value) : undefined);
  return rule.success ? rule.data : DEFAULT_QUORUM_RULE;
}
