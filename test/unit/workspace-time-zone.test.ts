import { describe, expect, it } from 'vitest';
import { PASSPHRASE, testDesk } from './support/testDesk';

const ohio = { name: 'Buckeye Youth Safety Coalition', jurisdiction: { state: 'Ohio', region: 'Franklin County' }, passphrase: PASSPHRASE, location: null };

describe('the time zone of a new workspace', () => {
  it('is the one confirmed in the create form, whatever zone the app itself runs in', async () => {
    const t = testDesk();
    await t.call('workspace.create', { ...ohio, timeZone: 'America/New_York' });
    expect((await t.call('preferences.get', {})).timeZone).toBe('America/New_York');
    const meeting = await t.call('meetings.create', {
      title: 'First meeting',
      kind: 'full-coalition',
      startsAt: '2026-10-27T09:30',
      timeZone: (await t.call('preferences.get', {})).timeZone,
      durationMinutes: 60,
    });
    expect(meeting.startsAtUtc).toBe('2026-10-27T13:30:00.000Z');
  });

  it('refuses a zone that does not exist, on its field, and creates nothing', async () => {
    const t = testDesk();
    const error = await t.fail('workspace.create', { ...ohio, timeZone: 'Ohio/Columbus' });
    expect(error).toMatchObject({ code: 'VALIDATION', fieldErrors: { timeZone: ['That time zone is not known.'] } });
    expect((await t.call('app.status', {})).recent).toEqual([]);
  });
});
