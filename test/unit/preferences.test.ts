import { expect, it } from 'vitest';
import { deskRoster } from './support/deskRoster';
import { describeEachDesk } from './support/eachDesk';
import { storeRawSetting } from './support/deskSettings';

describeEachDesk('the coalition’s preferences', (subject) => {
  it('start from the defaults and keep what is chosen, each on its own', async () => {
    const { t } = subject;
    const { members } = await deskRoster(subject);
    const start = await t.call('preferences.get', {});
    expect(start).toMatchObject({ quorumRule: { kind: 'share', percent: 50 }, myMemberId: null });

    await t.call('preferences.setQuorumRule', { rule: { kind: 'count', count: 7 } });
    await t.call('preferences.setMyMember', { memberId: members.rosa.id });
    await t.call('preferences.setTimeZone', { timeZone: 'Pacific/Chatham' });
    const chosen = await t.call('preferences.setDateStyle', { dateStyle: 'long' });
    expect(chosen).toEqual({ quorumRule: { kind: 'count', count: 7 }, myMemberId: members.rosa.id, timeZone: 'Pacific/Chatham', dateStyle: 'long' });
    expect(await t.call('preferences.get', {})).toEqual(chosen);
    expect((await t.call('preferences.setMyMember', { memberId: null })).myMemberId).toBeNull();
  });

  it('refuses an unknown time zone with VALIDATION, changing nothing', async () => {
    const { t } = subject;
    const before = await t.call('preferences.get', {});
    expect((await t.fail('preferences.setTimeZone', { timeZone: 'Mars/Olympus' })).code).toBe('VALIDATION');
    expect(await t.call('preferences.get', {})).toEqual(before);
  });

  it('falls back to the default for a stored value it cannot read (a damaged or older setting)', async () => {
    await storeRawSetting(subject, 'meetings.quorumRule', '{"kind":"share","percent":500}');
    await storeRawSetting(subject, 'display.dateStyle', '"sideways"');
    expect(await subject.t.call('preferences.get', {})).toMatchObject({ quorumRule: { kind: 'share', percent: 50 }, dateStyle: 'medium' });
  });
});
