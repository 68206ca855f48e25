import { describe, expect, it } from 'vitest';
import { announceDueItems } from '../../main/app/announceDueItems';
import { browserHostServices } from '../../main/app/hostServices';
import type { HostServices } from '../../main/services/hostServices';

function recordingHost() {
  const shown: Array<{ title: string; body: string }> = [];
  const host: HostServices = { ...browserHostServices, info: { kind: 'desktop', canPickFolders: true }, notify: (notice) => shown.push(notice) };
  return { host, shown };
}

describe('the daily system notification about action items', () => {
  it('says how many are overdue and due soon, and nothing else', () => {
    const { host, shown } = recordingHost();
    announceDueItems(host, { announce: true, overdue: 3, dueSoon: 1, mine: 1 });
    expect(shown).toEqual([{ title: 'Coalition Desk: action items need attention', body: '3 action items are overdue and 1 is due within 7 days.' }]);
  });

  it('speaks of one item in the singular and leaves out an empty part', () => {
    const { host, shown } = recordingHost();
    announceDueItems(host, { announce: true, overdue: 1, dueSoon: 0, mine: 0 });
    announceDueItems(host, { announce: true, overdue: 0, dueSoon: 2, mine: 0 });
    expect(shown.map((notice) => notice.body)).toEqual(['1 action item is overdue.', '2 action items are due within 7 days.']);
  });

  it('stays quiet when it is not the first notice of the day, or when nothing is due', () => {
    const { host, shown } = recordingHost();
    const notice = { announce: false, overdue: 4, dueSoon: 2, mine: 0 };
    expect(announceDueItems(host, notice)).toBe(notice);
    announceDueItems(host, { announce: true, overdue: 0, dueSoon: 0, mine: 0 });
    expect(shown).toEqual([]);
  });
});
