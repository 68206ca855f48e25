import type { Preferences, QuorumRule } from '../../shared/contract';
import { idSchema, quorumRuleSchema, timeZoneSchema } from '../../shared/contract';
import { readSetting, writeSetting } from '../db/settingsRepository';
import type { Db } from '../db/openDatabase';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, workspaceDb } from './workspaceTransaction';

/** "At least half of the voting members" until the coalition sets its own rule. */
export const DEFAULT_QUORUM_RULE: QuorumRule = { kind: 'share', percent: 50 };

const keys = { quorumRule: 'meetings.quorumRule', myMemberId: 'actions.myMemberId', timeZone: 'meetings.timeZone' } as const;

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Stored values are checked again on the way out: a damaged or older setting falls back to the default. */
export function readPreferences(db: Db): Preferences {
  const rule = quorumRuleSchema.safeParse(readSetting(db, keys.quorumRule));
  const member = idSchema.safeParse(readSetting(db, keys.myMemberId));
  const zone = timeZoneSchema.safeParse(readSetting(db, keys.timeZone));
  return {
    quorumRule: rule.success ? rule.data : DEFAULT_QUORUM_RULE,
    myMemberId: member.success ? member.data : null,
    timeZone: zone.success ? zone.data : systemTimeZone(),
  };
}

export function getPreferences(context: ServiceContext): Preferences {
  return readPreferences(workspaceDb(context));
}

function writePreference(context: ServiceContext, key: string, value: unknown): Preferences {
  return inWorkspaceTransaction(context, (db, at) => {
    writeSetting(db, key, value, at);
    return readPreferences(db);
  });
}

export const setQuorumRule = (context: ServiceContext, { rule }: { rule: QuorumRule }) => writePreference(context, keys.quorumRule, rule);
export const setMyMember = (context: ServiceContext, { memberId }: { memberId: string | null }) => writePreference(context, keys.myMemberId, memberId);
export const setTimeZone = (context: ServiceContext, { timeZone }: { timeZone: string }) => writePreference(context, keys.timeZone, timeZone);
