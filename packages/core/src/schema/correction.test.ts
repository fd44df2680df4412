import { describe, expect, it } from 'vitest';
import { CorrectionInput, CorrectionResolution, correctionProblem } from './correction.js';

const GOOD = {
  target: 'entra/AADSTS65004',
  problem: 'The second cause is out of date.',
  suggestion: 'Say that admin consent is now required.',
};

/** The API's answer for a body: the parsed report, or the first problem. */
function check(body: unknown) {
  const parsed = CorrectionInput.safeParse(body);
  return parsed.success ? parsed.data : correctionProblem(parsed.error);
}

describe('CorrectionInput', () => {
  it('accepts a report, trims it, folds CRLF and drops blank optional fields', () => {
    expect(check({ ...GOOD, problem: `  ${GOOD.problem}\r\nSee below.  `, source: '  ', contact: null })).toEqual({
      ...GOOD,
      problem: `${GOOD.problem}\nSee below.`,
    });
  });

  it('keeps an http(s) source and a one-line contact', () => {
    expect(check({ ...GOOD, source: 'https://learn.microsoft.com/x', contact: 'ana@example.com' })).toMatchObject({
      source: 'https://learn.microsoft.com/x',
      contact: 'ana@example.com',
    });
  });

  it.each([
    [{ ...GOOD, target: undefined }, 'target', 'is required'],
    [{ ...GOOD, target: 'not an id' }, 'target', 'document id'],
    [{ ...GOOD, problem: undefined }, 'problem', 'is required'],
    [{ ...GOOD, problem: 'short' }, 'problem', 'at least 10 characters'],
    [{ ...GOOD, problem: 42 }, 'problem', 'must be text'],
    [{ ...GOOD, problem: 'x'.repeat(4001) }, 'problem', 'over 4000 characters'],
    [{ ...GOOD, problem: 'a bell \u0007 rings in the terminal' }, 'problem', 'control characters'],
    [{ ...GOOD, problem: 'an escape \u001b[31m turns the terminal red' }, 'problem', 'control characters'],
    [{ ...GOOD, problem: 'a NUL \u0000 that PostgreSQL refuses' }, 'problem', 'control characters'],
    [{ ...GOOD, problem: 'a lone surrogate \ud800 here' }, 'problem', 'not valid Unicode'],
    [{ ...GOOD, suggestion: '   ' }, 'suggestion', 'is empty'],
    [{ ...GOOD, source: 'javascript:alert(1)' }, 'source', 'http:// or https://'],
    [{ ...GOOD, source: 'ftp://example.com/x' }, 'source', 'http:// or https://'],
    [{ ...GOOD, contact: 'two\nlines' }, 'contact', 'one line'],
    [{ ...GOOD, sugestion: 'typo' }, 'sugestion', 'unknown field'],
  ])('refuses %j, naming the field', (body, field, words) => {
    const result = check(body);
    expect(result).toMatchObject({ field, error: expect.stringContaining(words) });
    if (field !== 'sugestion') expect((result as { error: string }).error).toContain(`"${field}"`);
  });

  it('refuses something that is not an object', () => {
    expect(check('text')).toMatchObject({ error: expect.any(String) });
    expect(check(null)).not.toHaveProperty('target');
  });
});

const resolutionProblem = (body: unknown) => {
  const parsed = CorrectionResolution.safeParse(body);
  return parsed.success ? parsed.data : correctionProblem(parsed.error);
};

describe('CorrectionResolution', () => {
  it('accepts with or without a reason', () => {
    expect(CorrectionResolution.parse({ status: 'accepted' })).toEqual({ status: 'accepted' });
    expect(CorrectionResolution.parse({ status: 'accepted', reason: ' fixed ' })).toEqual({ status: 'accepted', reason: 'fixed' });
  });
  it('needs a reason to reject, and a real status', () => {
    expect(resolutionProblem({ status: 'rejected', reason: ' ' })).toEqual({
      error: 'the field "reason" is required to reject a report',
      field: 'reason',
    });
    expect(resolutionProblem({ status: 'new' })).toMatchObject({ field: 'status' });
  });
});
