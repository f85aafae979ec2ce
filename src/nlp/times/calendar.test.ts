import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, weekdayOf } from './calendar.js';

describe('calendar arithmetic', () => {
  // biome-ignore format: a table reads better one row a line
  it.each([
    [1998, 3, 1, -2, '1998-02-27'],
    [2000, 3, 1, -1, '2000-02-29'],
    [1999, 12, 31, 1, '2000-01-01'],
    [2000, 1, 6, -42, '1999-11-25'],
    [21, 6, 15, 1, '0021-06-16'],
  ])('issue 7: %i-%i-%i plus %i days is %s, rolling over in the right year', (y, m, d, n, expected) => {
    expect(addDays(y, m, d, n)).toBe(expected);
  });

  // biome-ignore format: a table reads better one row a line
  it.each([
    [2000, 1, 6, -6, '1999-W47'],
    [1998, 3, 1, -6, '1998-W03'],
    [1998, 3, 1, -1, '1998-W08'],
    [2021, 1, 3, 0, '2020-W53'],
  ])('the ISO week of %i-%i-%i, %i weeks on, is %s', (y, m, d, weeks, expected) => {
    expect(isoWeek(y, m, d, weeks)).toBe(expected);
  });

  it('knows the weekday of a date (Sunday = 0)', () => {
    expect(weekdayOf(1998, 3, 1)).toBe(0);
    expect(weekdayOf(1999, 11, 25)).toBe(4);
  });
});
