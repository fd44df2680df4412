/**
 * One header's value from whatever the caller holds: a fetch `Headers`, axios' `AxiosHeaders`, a Node
 * `IncomingHttpHeaders` object, MSAL's `responseHeaders` record, or a plain object in any case.
 */
export function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') {
    const value: unknown = get.call(headers, name);
    if (value !== undefined && value !== null) return firstOf(value);
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return firstOf(value);
  }
  return undefined;
}

function firstOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return firstOf(value[0]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Reads a property of an unknown value without trusting its type. */
export function prop(value: unknown, key: string): unknown {
  return value !== null && (typeof value === 'object' || typeof value === 'function') ? (value as Record<string, unknown>)[key] : undefined;
}

export function stringProp(value: unknown, key: string): string | undefined {
  const v = prop(value, key);
  return typeof v === 'string' ? v : undefined;
}

export function numberProp(value: unknown, key: string): number | undefined {
  const v = prop(value, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
