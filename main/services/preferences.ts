import { z } from 'zod';
import type { Preferences, QuorumRule } from '../../shared/contract';
import { DEFAULT_DATE_STYLE, type DateStyle, computerTimeZone, dateStyles } from '../../shared/dateFormat';
import { idSchema, timeZoneSchema } from '../../shared/contract';
import { QUORUM_RULE_KEY, TIME_ZONE_KEY, readQuorumRule } from '../db/meetingSettings';
import { readSetting, writeSetting } from '../db/settingsRepository';
import type { Db } from '../db/openDatabase';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, workspaceDb } from './workspaceTransaction';

const keys = { quorumRule: QUORUM_RULE_KEY, myMemberId: 'actions.myMemberId', timeZone: TIME_ZONE_KEY, dateStyle: 'display.dateStyle' } as const;

const systemTimeZone = computerTimeZone;

/** Stored values are checked again on the way out: a damaged or older setting falls back to the default. */
export function readPreferences(db: Db): Preferences {
  const member = idSchema.safeParse(readSetting(db, keys.myMemberId));
  const zone = timeZoneSchema.safeParse(readSetting(db, keys.timeZone));
  const style = z.enum(dateStyles).safeParse(readSetting(db, keys.dateStyle));
  return {
    quorumRule: readQuorumRule(db),
    myMemberId: member.success ? member.data : null,
    timeZone: zone.success ? zone.data : systemTimeZone(),
    dateStyle: style.success ? style.data : DEFAULT_DATE_STYLE,
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
export const setDateStyle = (context: ServiceContext, { dateStyle }: { dateStyle: DateStyle }) => writePreference(context, keys.dateStyle, dateStyle);
