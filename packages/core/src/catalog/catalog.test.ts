import { describe, expect, it } from 'vitest';
import { GOOD } from '../../test/fixture.js';
import { loadContent } from '../loader/index.js';
import { Catalog } from './catalog.js';

const catalog = new Catalog(loadContent(GOOD).data);

describe('Catalog.lookup', () => {
  it.each([
    ['AADSTS65004', 'entra/AADSTS65004'],
    ['aadsts65004', 'entra/AADSTS65004'],
    ['65004', 'entra/AADSTS65004'],
    ['entra/aadsts65004', 'entra/AADSTS65004'],
    ['FixtureDeclinedConsent', 'entra/AADSTS65004'],
    ['fixture_declined_consent', 'entra/AADSTS65004'],
    ['Error: AADSTS65004: the user said no', 'entra/AADSTS65004'],
    ['429', 'http/429'],
    ['HTTP 429', 'http/429'],
    ['status: 429', 'http/429'],
    ['429 Too Many Requests', 'http/429'],
    ['Too Many Requests', 'http/429'],
  ])('resolves %j to %s', (query, id) => {
    expect(catalog.lookup(query)[0]?.id).toBe(id);
  });

  it('narrows to a family named in front', () => {
    expect(catalog.lookup('entra 429')).toEqual([]);
  });

  it('finds nothing for words that are not codes', () => {
    expect(catalog.lookup('no-such-code-zz')).toEqual([]);
  });
});

describe('Catalog.resolve and recognise', () => {
  it('resolves compare guides and playbooks by id', () => {
    expect('document' in catalog.resolve('playbook/fixture-recovery')).toBe(true);
  });
  it('recognises a well-formed unknown code and points at the official lookup', () => {
    expect(catalog.recognise('AADSTS99999')).toEqual({
      provider: 'entra',
      code: 'AADSTS99999',
      lookupUrl: 'https://login.microsoftonline.com/error?code=99999',
    });
    expect(catalog.recognise('aadsts65004')).toBeUndefined();
    expect(catalog.recognise('hello')).toBeUndefined();
  });
  it('links both ways and finds the guides that name an entry', () => {
    expect(catalog.related('http/429').map((e) => e.id)).toEqual(['entra/AADSTS65004']);
    expect(catalog.guidesFor('http/429').playbooks.map((p) => p.id)).toEqual(['playbook/fixture-recovery']);
  });
});
