import { type QuorumRule, quorumRuleSchema } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';
import type { Db } from './openDatabase';
import { loadSetting, readSetting } from './settingsRepository';

export const QUORUM_RULE_KEY = 'meetings.quorumRule';
/** The time zone new meetings start in: chosen when the workspace is created, changed in Settings. */
export const TIME_ZONE_KEY = 'meetings.timeZone';

/** "At least half of the voting members" until the coalition sets its own rule. */
export const DEFAULT_QUORUM_RULE: QuorumRule = { kind: 'share', percent: 50 };

/** Whether the coalition has ever chosen a rule, rather than running on the default. */
export async function quorumRuleChosen(db: StorageExecutor): Promise<boolean> {
  return (await loadSetting(db, QUORUM_RULE_KEY)) !== undefined;
}

/** The stored rule, checked on the way out: a damaged or older value falls back to the default. */
export function quorumRuleOf(stored: unknown): QuorumRule {
  const rule = quorumRuleSchema.safeParse(stored);
  return rule.success ? rule.data : DEFAULT_QUORUM_RULE;
}

/** The synchronous form, for the upgrade step that snapshots approved records (migration 0040). */
export function readQuorumRule(db: Db): QuorumRule {
  return quorumRuleOf(readSetting(db, QUORUM_RULE_KEY));
}

/** The storage-engine form of readQuorumRule. */
export async function loadQuorumRule(db: StorageExecutor): Promise<QuorumRule> {
  const stored = await loadSetting(db, QUORUM_RULE_KEY);
  return quorumRuleOf(stored);
}
