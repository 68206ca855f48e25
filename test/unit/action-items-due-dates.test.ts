import { describe, expect, it } from 'vitest';
import { dateIn, dueDatesOn } from '../../main/services/actionItemsDueDates';

describe('the dates "overdue", "due soon" and "this week" are measured from', () => {
  it('takes today in the coalition time zone, not in UTC', () => {
    const instant = new Date('2026-03-09T05:30:00Z');
    expect(dateIn('UTC', instant)).toBe('2026-03-09');
    expect(dateIn('America/Los_Angeles', instant)).toBe('2026-03-08');
    expect(dateIn('Pacific/Kiritimati', new Date('2026-12-31T10:30:00Z'))).toBe('2027-01-01');
  });

  it('runs the week from Monday to Sunday and "due soon" seven days on, across month and year ends', () => {
    expect(dueDatesOn('2026-03-08')).toEqual({ today: '2026-03-08', soonUntil: '2026-03-15', weekStart: '2026-03-02', weekEnd: '2026-03-08' });
    expect(dueDatesOn('2026-03-09')).toEqual({ today: '2026-03-09', soonUntil: '2026-03-16', weekStart: '2026-03-09', weekEnd: '2026-03-15' });
    expect(dueDatesOn('2026-02-26')).toMatchObject({ soonUntil: '2026-03-05', weekStart: '2026-02-23', weekEnd: '2026-03-01' });
    expect(dueDatesOn('2027-01-01')).toMatchObject({ soonUntil: '2027-01-08', weekStart: '2026-12-28', weekEnd: '2027-01-03' });
  });
});
