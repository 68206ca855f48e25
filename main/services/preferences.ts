import { z } from 'zod';
import type { Preferences, QuorumRule } from '../../shared/contract';
import { DEFAULT_DATE_STYLE, type DateStyle, computerTimeZone, dateStyles } from '../../shared/dateFormat';
import { idSchema, timeZoneSchema } from '../../shared/contract';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { QUORUM_RULE_KEY, TIME_ZONE_KEY, quorumRuleOf } from '../db/meetingSettings';
import { loadSettings, readSetting, saveSetting } from '../db/settingsRepository';
import type { Db } from '../db/openDatabase';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

const keys = { quorumRule: QUORUM_RULE_KEY, myMemberId: 'actions.myMemberId', timeZone: TIME_ZONE_KEY, dateStyle: 'display.dateStyle' } as const;

const systemTimeZone = computerTimeZone;

/** Stored values are checked again on the way out: a damaged or older setting falls back to the default. */
function preferencesFrom(stored: (key: string) => unknown): Preferences {
  const member = idSchema.safeParse(stored(keys.myMemberId));
  const zone = timeZoneSchema.safeParse(stored(keys.timeZone));
  const style = z.enum(dateStyles).safeParse(stored(keys.dateStyle));
  return {
    quorumRule: quorumRuleOf(stored(keys.quorumRule)),
    myMemberId: member.success ? member.data : null,
    timeZone: zone.success ? zone.data : systemTimeZone(),
    dateStyle: style.success ? style.data : DEFAULT_DATE_STYLE,
  };
}

/** The preferences on the storage engine, in one query. */
export async function loadPreferences(db: StorageExecutor): Promise<Preferences> {
  const stored = await loadSettings(db, Object.values(keys));
  return preferencesFrom((key) => stored.get(key));
}

/** The synchronous form, for services not yet on the storage engine (meetings, action items, exports, backups). */
export function readPreferences(db: Db): Preferences {
  return preferencesFrom((key) => readSetting(db, key));
}

export function getPreferences(context: ServiceContext): Promise<Preferences> {
  return loadPreferences(storage(context));
}

function writePreference(context: ServiceContext, key: string, value: unknown): Promise<Preferences> {
  return inTransaction(context, async (trx, at) => {
    await saveSetting(trx, key, value, at);
    return loadPreferences(trx);
  });
}

export const setQuorumRule = (context: ServiceContext, { rule }: { rule: QuorumRule }) => writePreference(context, keys.quorumRule, rule);
export const setMyMember = (context: ServiceContext, { memberId }: { memberId: string | null }) => writePreference(context, keys.myMemberId, memberId);
export const setTimeZone = (context: ServiceContext, { timeZone }: { timeZone: string }) => writePreference(context, keys.timeZone, timeZone);
export const setDateStyle = (context: ServiceContext, { dateStyle }: { dateStyle: DateStyle }) => writePreference(context, keys.dateStyle, dateStyle);
