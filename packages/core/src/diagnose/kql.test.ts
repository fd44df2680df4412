import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSENT_MISSING, DECLINED_CONSENT, EXPECTED_INTERRUPTS, SERVICE_SIDE } from './codes.js';
import { type KqlOptions, toKql } from './kql.js';

const GOLDEN = new URL('../../test/golden/', import.meta.url);

/** The query text must match its golden file; UPDATE_GOLDEN=1 rewrites the files after a deliberate change. */
function golden(name: string, options: KqlOptions): void {
  const file = new URL(name, GOLDEN);
  const text = toKql(options);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('toKql', () => {
  it('matches the golden query with the default thresholds', () => golden('diagnose.kql', {}));
  it('matches the golden query with thresholds, days and tables changed', () =>
    golden('diagnose-custom.kql', { days: 7, nonInteractive: false, thresholds: { policyShare: 0.6, minUsers: 5 } }));

  it('is well formed: brackets balance, strings close, every let is used', () => {
    const text = toKql();
    const code = text.replace(/\/\/.*$/gm, '').replace(/"[^"\n]*"/g, '""');
    expect((code.match(/"/g) ?? []).length % 2).toBe(0);
    let depth = 0;
    for (const c of code) {
      if (c === '(' || c === '[') depth++;
      if (c === ')' || c === ']') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    for (const [, name] of code.matchAll(/^let (\w+) =/gm)) expect(code.split(new RegExp(`\\b${name}\\b`)).length).toBeGreaterThan(2);
    expect(code.trimEnd()).not.toMatch(/;$/);
  });

  it('uses the same code lists as the rules', () => {
    const text = toKql();
    expect(text).toContain(`let declinedConsent = dynamic([${DECLINED_CONSENT.join(', ')}]);`);
    expect(text).toContain(`let consentMissing = dynamic([${CONSENT_MISSING.join(', ')}]);`);
    expect(text).toContain(`let serviceSide = dynamic([${SERVICE_SIDE.join(', ')}]);`);
    expect(text).toContain(`let expectedInterrupts = dynamic([${EXPECTED_INTERRUPTS.join(', ')}]);`);
  });

  it('refuses a bad number of days', () => {
    expect(() => toKql({ days: 0 })).toThrow(RangeError);
  });
});
