import { cellText, median, ratioOf, spreadOf } from '../../../../shared/domain/reports';

describe('spread of a list (quantiles by linear interpolation)', () => {
  it.each([
    [[], { count: 0, min: null, p25: null, median: null, p75: null, max: null }],
    [[5], { count: 1, min: 5, p25: 5, median: 5, p75: 5, max: 5 }],
    [[4, 1, 3, 2], { count: 4, min: 1, p25: 1.75, median: 2.5, p75: 3.25, max: 4 }],
    [[30, 0, 20, 10], { count: 4, min: 0, p25: 7.5, median: 15, p75: 22.5, max: 30 }],
    [[10, 4, 30], { count: 3, min: 4, p25: 7, median: 10, p75: 20, max: 30 }],
    [[2, 2, 2], { count: 3, min: 2, p25: 2, median: 2, p75: 2, max: 2 }],
  ])('of %j', (values, spread) => {
    expect(spreadOf(values)).toEqual(spread);
  });

  it('does not sort the caller’s list', () => {
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
  });

  it('gives no ratio, never NaN, when the whole is nothing', () => {
    expect(ratioOf(1, 4)).toBe(0.25);
    expect(ratioOf(0, 0)).toBeNull();
  });
});

describe('report cells', () => {
  it.each([
    ['date', '2026-11-25', '25/11/2026'],
    ['month', '2026-11', 'Nov 2026'],
    ['week', '2026-W48', '2026-W48'],
    ['count', 12, '12'],
    ['days', 7.5, '7.5'],
    ['share', 0.4256, '42.6%'],
    ['pence', 120000, '£1,200.00'],
    ['share', null, '–'],
  ] as const)('writes a %s %j as %s', (kind, value, text) => {
    expect(cellText(kind, value)).toBe(text);
  });
});
