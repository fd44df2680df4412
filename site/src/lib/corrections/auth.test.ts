import { describe, expect, it } from 'vitest';
import { adminToken, bearerToken, SESSION_SECONDS, sameSecret, sessionValue, validSession } from './auth.js';

const TOKEN = 'a-long-random-admin-token-1234';

describe('admin token', () => {
  it('is off without a token, or with a short one, and says why', () => {
    expect(adminToken({})).toEqual({ off: expect.stringContaining('ERRATA_ADMIN_TOKEN is not set') });
    expect(adminToken({ ERRATA_ADMIN_TOKEN: 'short' })).toEqual({ off: expect.stringContaining('shorter than 16') });
    expect(adminToken({ ERRATA_ADMIN_TOKEN: ` ${TOKEN}\n` })).toEqual({ token: TOKEN });
  });

  it('compares secrets of any length', () => {
    expect(sameSecret(TOKEN, TOKEN)).toBe(true);
    expect(sameSecret(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(sameSecret('', TOKEN)).toBe(false);
  });

  it('reads a bearer token and nothing else', () => {
    expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`bearer   ${TOKEN} `)).toBe(TOKEN);
    expect(bearerToken(`Basic ${TOKEN}`)).toBeUndefined();
    expect(bearerToken(null)).toBeUndefined();
    expect(bearerToken('Bearer two words')).toBeUndefined();
  });
});

describe('moderator session', () => {
  it('is valid until it expires, only for the token that made it, and cannot be forged', () => {
    const now = 1_800_000_000_000;
    const value = sessionValue(TOKEN, now);
    expect(value).not.toContain(TOKEN);
    expect(validSession(TOKEN, value, now)).toBe(true);
    expect(validSession(TOKEN, value, now + (SESSION_SECONDS + 1) * 1000)).toBe(false);
    expect(validSession(`${TOKEN}-rotated`, value, now)).toBe(false);
    const [expires, mac] = value.split('.');
    expect(validSession(TOKEN, `${Number(expires) + 3600}.${mac}`, now)).toBe(false);
    expect(validSession(TOKEN, undefined, now)).toBe(false);
    expect(validSession(TOKEN, 'garbage', now)).toBe(false);
  });
});
