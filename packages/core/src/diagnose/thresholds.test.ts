import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, resolveThresholds, Thresholds } from './thresholds.js';

describe('thresholds', () => {
  it('documents every default and accepts overrides', () => {
    for (const key of Object.keys(DEFAULT_THRESHOLDS)) expect(Thresholds.shape[key as keyof Thresholds].description).toMatch(/Default/);
    expect(resolveThresholds({ policyShare: 0.7, minUsers: undefined })).toEqual({ ...DEFAULT_THRESHOLDS, policyShare: 0.7 });
  });
  it('refuses values out of range, naming the threshold', () => {
    expect(() => resolveThresholds({ policyShare: 1.5 })).toThrow(/threshold policyShare/);
    expect(() => resolveThresholds({ minUsers: 0 })).toThrow(/threshold minUsers/);
    expect(() => resolveThresholds({ bogus: 1 } as never)).toThrow(RangeError);
  });
});
