import { describe, expect, it } from 'vitest';
import { describeMeetingChange } from '../../renderer/features/meetings/meetingHistoryWords';

const at = '2026-03-12T18:00:00.000Z';
const entry = (action: string, changes: Record<string, unknown>) => ({ at, profile: 'coordinator', action, changes });

describe("a meeting's history in words", () => {
  it('names what each change was about', () => {
    expect(describeMeetingChange(entry('agenda item done', { itemId: 'x', title: 'Partner updates' })).action).toBe('Agenda item done: Partner updates');
    expect(describeMeetingChange(entry('attendance marked', { attendee: 'Ana Muñoz', status: { from: 'invited', to: 'remote' } })).action).toBe(
      'Attendance marked: Ana Muñoz, remote',
    );
    expect(describeMeetingChange(entry('substitute set', { attendee: 'Dana Whitfield', substitute: 'Sam Ortiz' })).action).toBe(
      'Substitute recorded: Dana Whitfield, substitute Sam Ortiz',
    );
    expect(describeMeetingChange(entry('people invited', { added: 4 })).action).toBe('People invited: 4 added');
    expect(describeMeetingChange(entry('items carried over', { fromMeetingId: 'y', items: ['Adopt the screening tool', 'Budget'] })).action).toBe(
      'Items carried over: Adopt the screening tool; Budget',
    );
    expect(describeMeetingChange(entry('notes marked confidential', { itemId: 'x', title: 'Partner updates' })).action).toBe(
      'Notes marked confidential: Partner updates',
    );
  });

  it('keeps the shared words for field edits, and the bare words when there is no subject', () => {
    const edit = entry('updated', { title: { from: 'A', to: 'B' } });
    expect(describeMeetingChange(edit)).toBe(edit);
    expect(describeMeetingChange(entry('started', {})).action).toBe('Meeting started');
    expect(describeMeetingChange(entry('agenda reordered', { from: ['a'], to: ['b'] })).action).toBe('Agenda reordered');
  });
});
