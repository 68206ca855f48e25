import { describe, expect, it } from 'vitest';
import { quarterEnd, quarterOf, quarterStart, quartersUpTo } from '../../shared/quarters';

describe('calendar quarters of plain dates', () => {
  it('puts each day in its quarter, edges included', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-06-30', '2026-07-01', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect([quarterStart('2026-Q2'), quarterEnd('2026-Q2'), quarterEnd('2026-Q1'), quarterEnd('2026-Q4')]).toEqual([
      '2026-04-01',
      '2026-06-30',
      '2026-03-31',
      '2026-12-31',
    ]);
  });

  it('lists the quarters up to today across a year boundary, oldest first', () => {
    expect(quartersUpTo('2026-02-10', 4)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(quartersUpTo('2026-12-31', 1)).toEqual(['2026-Q4']);
  });
});
