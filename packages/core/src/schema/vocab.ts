import { z } from 'zod';

/** Who has to act for the error to go away. */
export const Actor = z
  .enum(['end-user', 'tenant-admin', 'app-developer', 'service-operator', 'client-code'])
  .describe(
    'Who must act: end-user (the person signing in or calling), tenant-admin (directory or policy owner), ' +
      'app-developer (app registration or code), service-operator (whoever runs the server), ' +
      'client-code (the calling program should handle it automatically)',
  );
export type Actor = z.infer<typeof Actor>;

/** Whether and when repeating the same request can succeed. */
export const Retry = z
  .enum(['never', 'after-user-action', 'after-fix', 'with-backoff', 'honour-retry-after', 'idempotent-only', 'not-applicable'])
  .describe(
    'never: the same request fails again; after-user-action: retry once the user has done something ' +
      '(signed in again, consented, completed MFA); after-fix: only after a configuration or code change; ' +
      'with-backoff: transient, retry with jittered exponential backoff; honour-retry-after: wait as long ' +
      'as the Retry-After header (or equivalent) says; idempotent-only: retry only requests that are safe to ' +
      'repeat; not-applicable: not an error (1xx-3xx, gRPC OK)',
  );
export type Retry = z.infer<typeof Retry>;

/** How deep an entry goes; stated honestly on every page. */
export const Depth = z.enum(['full', 'reference']).describe('full: every section written and sourced; reference: meaning and facts only');
export type Depth = z.infer<typeof Depth>;

/** The kind of problem, shared by every family so filters work across them. */
export const Category = z
  .enum([
    'authentication',
    'authorization',
    'consent',
    'conditional-access',
    'account',
    'tenant',
    'app-configuration',
    'token',
    'request',
    'protocol',
    'interaction',
    'device',
    'federation',
    'rate-limit',
    'timeout',
    'network',
    'availability',
    'server',
    'resource',
    'informational',
    'success',
    'redirection',
  ])
  .describe('The kind of problem; one per entry');
export type Category = z.infer<typeof Category>;

/** A canonical id: `<provider>/<code>`. */
export const EntryId = z.string().regex(/^[a-z][a-z0-9-]*\/[A-Za-z0-9_.-]+$/, 'an id looks like <provider>/<code>, e.g. entra/AADSTS65004');

/** A calendar date written YYYY-MM-DD. */
export const IsoDate = z.iso.date('a date written YYYY-MM-DD');
