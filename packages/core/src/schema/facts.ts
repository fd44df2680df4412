import { z } from 'zod';

/** Where an OAuth error value is defined to appear, and the section that defines it there. */
export const OAuthEndpoint = z.strictObject({
  endpoint: z.enum(['authorization', 'token', 'resource', 'device', 'revocation', 'registration', 'federation']),
  reference: z.string(),
});

/**
 * Facts carried over from official tables (numbers, names, spec sections). Every key is optional;
 * each family uses the ones that apply to it.
 */
export const Facts = z.strictObject({
  /** The numeric value: AADSTS number, gRPC code number, HTTP status. */
  number: z.number().int().nonnegative().optional(),
  /** The vendor's symbolic name (Entra PascalCase name, e.g. UserDeclinedConsent). */
  symbolicName: z.string().optional(),
  /** The registered reason phrase (HTTP). */
  reasonPhrase: z.string().optional(),
  /** The defining specification and section, as the registry cites it ("RFC9110, Section 15.5.20"). */
  specReference: z.string().optional(),
  /** IANA registration: yes, temporary, or no (a vendor's unofficial code). */
  registered: z.enum(['yes', 'temporary', 'no']).optional(),
  /** Who uses an unregistered code (nginx, Cloudflare). */
  vendor: z.string().optional(),
  /** The HTTP status google.rpc.Code lists for a gRPC code; a Google API convention, not a standard. */
  httpMapping: z.number().int().optional(),
  /** OAuth: where the value may appear. */
  endpoints: z.array(OAuthEndpoint).optional(),
  /** MSAL: the error class that carries the code. */
  errorClass: z.string().optional(),
  /** MSAL: the npm package that defines it. */
  package: z.string().optional(),
  /** MSAL: whether the code is in the current release or only in older ones. */
  status: z.enum(['current', 'legacy']).optional(),
  /** MSAL: the first release line without the code, for legacy codes. */
  removedIn: z.string().optional(),
  /** Entra: whether the code stands in Microsoft's published AADSTS table. */
  inOfficialTable: z.boolean().optional(),
});
export type Facts = z.infer<typeof Facts>;
