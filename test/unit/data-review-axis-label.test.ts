import { describe, expect, it } from 'vitest';
import { wrapAxisLabel } from '../../renderer/features/dataReview/axisLabel';

const LONG = 'Youth returned from a missing-from-care episode who were screened for sex trafficking within a day';

describe('a measure name on a chart axis', () => {
  it('keeps a short name on one line', () => {
    expect(wrapAxisLabel('Returns with a debrief')).toBe('Returns with a debrief');
  });

  it('breaks a long name between words into lines that fit, the whole name when three lines hold it', () => {
    const wrapped = wrapAxisLabel('Identified youth reported to law enforcement within 24 hours of identification');
    expect(wrapped.split('\n').every((line) => line.length <= 32)).toBe(true);
    expect(wrapped.replaceAll('\n', ' ')).toBe('Identified youth reported to law enforcement within 24 hours of identification');
  });

  it('ends a name longer than three lines with "…" on the third, and cuts a word longer than a line', () => {
    expect(LONG.length).toBeGreaterThan(90);
    const lines = wrapAxisLabel(LONG).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(lines.every((line) => line.length <= 32)).toBe(true);
    expect(wrapAxisLabel('x'.repeat(40))).toBe(`${'x'.repeat(31)}…`);
  });
});
