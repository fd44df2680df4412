import { describe, expect, it } from 'vitest';
import { fixture, swap } from '../../test/fixture.js';
import { loadContent } from '../loader/index.js';
import { staleDocuments } from './stale.js';

describe('staleDocuments', () => {
  const dir = () =>
    fixture({
      'errors/http/429.md': swap('reviewed: 2026-01-15', 'reviewed: 2025-01-15'),
      'errors/entra/AADSTS65004.md': swap('reviewed: 2026-01-15', 'reviewed: 2026-11-27'),
    });

  it('lists documents reviewed more than DAYS days ago, oldest first, with their age', () => {
    const { data } = loadContent(dir());
    const stale = staleDocuments(data, '2026-11-28', 300);
    expect(stale[0]).toEqual({ id: 'http/429', file: 'errors/http/429.md', reviewed: '2025-01-15', days: 682 });
    expect(stale.map((s) => s.reviewed)).toEqual([...stale.map((s) => s.reviewed)].sort());
    expect(stale.map((s) => s.id)).not.toContain('entra/AADSTS65004');
  });

  it('counts whole days: a document exactly DAYS old is not stale yet', () => {
    const { data } = loadContent(dir());
    expect(staleDocuments(data, '2026-11-28', 1).map((s) => s.id)).not.toContain('entra/AADSTS65004');
    expect(staleDocuments(data, '2026-11-28', 0).map((s) => s.id)).toContain('entra/AADSTS65004');
    expect(staleDocuments(data, '2026-11-28', 100_000)).toEqual([]);
  });
});
