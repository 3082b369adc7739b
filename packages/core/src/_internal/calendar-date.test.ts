import { describe, expect, it } from 'vitest';
import { calendarDateProblem, daysInMonth } from './calendar-date.js';

describe('calendarDateProblem', () => {
  it.each(['2024', '2024-02', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (text) => {
      expect(calendarDateProblem(text)).toBeUndefined();
    },
  );

  it.each([
    ['2024-13-01', 'month 13 is not between 01 and 12'],
    ['2024-13-45', 'month 13 is not between 01 and 12'],
    ['2023-02-29', 'day 29 does not exist in 2023-02'],
    ['1900-02-29', 'day 29 does not exist in 1900-02'],
    ['2024-04-31', 'day 31 does not exist in 2024-04'],
    ['2024-01-00', 'day 00 does not exist in 2024-01'],
    ['0000', 'year 0000 does not exist (the year before 0001 is 1 BC)'],
    ['0000-01-01', 'year 0000 does not exist (the year before 0001 is 1 BC)'],
    ['24/10/2024', 'must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2024-1-1', 'must be YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('refuses %s: %s', (text, problem) => {
    expect(calendarDateProblem(text)).toBe(problem);
  });

  it('knows the leap years', () => {
    expect([2023, 2024, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
  });
});
