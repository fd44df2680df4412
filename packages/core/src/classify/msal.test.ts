import { AuthError, BrowserAuthError, BrowserAuthErrorCodes, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import * as msalNode from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { classifier } from '../../test/classifier.js';

// Built with MSAL's own classes and constructor arguments, as MSAL builds them (msal-common's
// Authorize.ts and ResponseHandler.ts: errorCode = the server's `error`, errorMessage = its
// error_description, subError = suberror, errorNo = the AADSTS number from error_uri or error_codes[0]).
const DECLINED_DESCRIPTION =
  'AADSTS65004: User declined to consent to access the app. Trace ID: 11111111-2222-3333-4444-555555555555 Correlation ID: 66666666-7777-8888-9999-000000000000 Timestamp: 2026-11-27 08:00:01Z';

describe('classify: @azure/msal-browser errors', () => {
  it('reads a closed popup (BrowserAuthError user_cancelled) as the user, no retry, a kind message', () => {
    const err = new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, 'corr-1');
    const d = classifier.classify(err);
    expect(d).toMatchObject({
      id: 'msal/user_cancelled',
      known: true,
      kind: 'msal',
      actor: 'end-user',
      retry: { retryable: false, maxAttempts: 1 },
      docsUrl: '/errors/msal/user_cancelled',
      context: { correlationId: 'corr-1' },
    });
    expect(d.userMessage).toBe("The sign-in window was closed before sign-in finished. When you're ready, try again.");
    expect(d.developerMessage).toMatch(
      /^msal\/user_cancelled \(.+\): .+\. Who acts: end-user\. Retry: no \(after-user-action\)\. Correlation id corr-1\.$/,
    );
  });

  it('reads a declined consent: ServerError access_denied with AADSTS65004 in errorMessage', () => {
    const err = new ServerError('access_denied', 'corr-2', DECLINED_DESCRIPTION, '', '65004');
    const d = classifier.classify(err);
    expect(d.id).toBe('entra/AADSTS65004');
    expect(d.codes.map((c) => c.id)).toEqual(['entra/AADSTS65004', 'oauth/access_denied']);
    expect(d.actor).toBe('end-user');
    expect(d.retry.retryable).toBe(false);
    expect(d.context).toEqual({
      traceId: '11111111-2222-3333-4444-555555555555',
      correlationId: 'corr-2',
      timestamp: '2026-11-27 08:00:01Z',
    });
    expect(d.userMessage).not.toMatch(/AADSTS|65004|access_denied|consent_required/);
    expect(d.developerMessage).toContain('Also read: oauth/access_denied');
  });

  it('reads InteractionRequiredAuthError with an MFA code as the most specific entry, and advises interactive with the claims', () => {
    const err = new InteractionRequiredAuthError(
      'interaction_required',
      'corr-3',
      'AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.',
      'basic_action',
      '',
      'trace-3',
      '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}',
      '50076',
    );
    const advice = classifier.auth(err);
    expect(advice.decision.id).toBe('entra/AADSTS50076');
    expect(advice.decision.codes.map((c) => c.id)).toContain('msal/interaction_required');
    expect(advice.action).toBe('interactive');
    expect(advice.claims).toBe('{"access_token":{"acrs":{"essential":true,"value":"c1"}}}');
  });

  it('tells the four consent and interaction cases apart', () => {
    const action = (err: unknown) => classifier.auth(err).action;
    expect(
      action(new InteractionRequiredAuthError('consent_required', '', 'AADSTS65001: The user or administrator has not consented.')),
    ).toBe('interactive');
    expect(
      action(
        new InteractionRequiredAuthError('login_required', '', 'AADSTS50058: A silent sign-in request was sent but no user is signed in.'),
      ),
    ).toBe('interactive');
    expect(action(new BrowserAuthError('user_cancelled', ''))).toBe('explain-and-offer-retry');
    expect(action(new ServerError('access_denied', '', DECLINED_DESCRIPTION))).toBe('explain-and-offer-retry');
    expect(action(new ServerError('access_denied', '', 'The user denied access.'))).toBe('explain-and-offer-retry');
    expect(
      action(
        new ServerError('invalid_request', '', 'AADSTS90094: Admin consent is required for the permissions requested by this application.'),
      ),
    ).toBe('ask-admin');
    expect(action(new ServerError('access_denied', '', 'AADSTS90095: Admin consent is required.'))).toBe('ask-admin');
    expect(action(new BrowserAuthError('popup_window_error', ''))).toBe('retry-interactive');
    expect(action(new BrowserAuthError('timed_out', ''))).toBe('retry-interactive');
  });

  it('tells the user to ask an admin, without codes, for AADSTS90094', () => {
    const d = classifier.classify(new ServerError('invalid_request', '', 'AADSTS90094: Admin consent is required.', '', '90094'));
    expect(d).toMatchObject({ id: 'entra/AADSTS90094', actor: 'tenant-admin', retry: { retryable: false } });
    expect(d.userMessage).toBe(
      'An administrator in your organization needs to approve this app before you can use it. Ask your IT administrator for access, then try again.',
    );
  });

  it('keeps a well-formed AADSTS code it does not know as unknown, with the official lookup, and decides on the OAuth error', () => {
    const d = classifier.classify(new ServerError('invalid_grant', '', 'AADSTS99999991: Something new.'));
    expect(d.id).toBe('oauth/invalid_grant');
    expect(d.codes).toContainEqual({
      id: 'entra/AADSTS99999991',
      known: false,
      lookupUrl: 'https://login.microsoftonline.com/error?code=99999991',
    });
    expect(d.developerMessage).toContain('entra/AADSTS99999991 (unknown, see https://login.microsoftonline.com/error?code=99999991)');
  });

  it('reads an AuthError serialised to JSON and back the same way', () => {
    const err = JSON.parse(JSON.stringify(new ServerError('access_denied', 'c', DECLINED_DESCRIPTION)));
    expect(err).not.toBeInstanceOf(AuthError);
    expect(classifier.classify(err).id).toBe('entra/AADSTS65004');
  });
});

describe('classify: @azure/msal-node errors', () => {
  it('reads a ServerError from the token endpoint with its status', () => {
    const err = new msalNode.ServerError(
      'invalid_grant',
      'corr-n',
      'AADSTS70008: The provided authorization code or refresh token has expired.',
      '',
      '70008',
      400,
    );
    const d = classifier.classify(err);
    expect(d).toMatchObject({ id: 'entra/AADSTS70008', kind: 'msal', status: 400 });
    expect(d.codes.map((c) => c.id)).toContain('oauth/invalid_grant');
  });

  it('reads an InteractionRequiredAuthError with a bad_token suberror as interactive', () => {
    const err = new msalNode.InteractionRequiredAuthError(
      'invalid_grant',
      '',
      'AADSTS700082: The refresh token has expired due to inactivity.',
      'bad_token',
    );
    expect(classifier.auth(err).action).toBe('interactive');
  });

  it('reads a ClientAuthError by its code', () => {
    const err = new msalNode.ClientAuthError('network_error', 'Network request failed: fetch failed');
    const d = classifier.classify(err);
    expect(d.id).toBe('msal/network_error');
    expect(d.retry).toMatchObject({ retryable: true });
  });
});
