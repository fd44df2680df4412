import { describe, expect, it } from 'vitest';
import { fixture, runRule, swap } from '../../../test/fixture.js';
import { loadContent } from '../../loader/index.js';
import { isCalendarDate, reviewedDate } from './reviewed-date.js';

describe('reviewed-date', () => {
  it('passes the good fixture', () => expect(runRule(reviewedDate, fixture())).toEqual([]));
  it('refuses a date in the future', () => {
    const dir = fixture({ 'errors/http/429.md': swap('reviewed: 2026-01-15', 'reviewed: 2027-01-01') });
    expect(runRule(reviewedDate, dir)).toEqual([
      expect.objectContaining({ field: 'reviewed', message: expect.stringContaining('in the future') }),
    ]);
  });
  it('refuses a day that does not exist, already when the file is read', () => {
    const dir = fixture({ 'errors/http/429.md': swap('reviewed: 2026-01-15', 'reviewed: 2026-02-30') });
    expect(loadContent(dir).faults).toEqual([expect.objectContaining({ file: 'errors/http/429.md', field: 'reviewed' })]);
  });
  it('knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
  });
});
