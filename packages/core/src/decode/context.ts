/** Identifiers a support ticket needs, found next to an Entra error. */
export interface TicketContext {
  traceId?: string;
  correlationId?: string;
  timestamp?: string;
}

const GUID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';
const FIELDS: [keyof TicketContext, RegExp][] = [
  ['traceId', new RegExp(`trace[ _-]?id["']?\\s*[:=]\\s*["']?${GUID}`, 'i')],
  ['correlationId', new RegExp(`correlation[ _-]?id["']?\\s*[:=]\\s*["']?${GUID}`, 'i')],
  ['timestamp', /timestamp["']?\s*[:=]\s*["']?(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d{1,7})?Z?)/i],
];

/** How far from the code to look: Entra puts these ids on the same message, just after the code. */
const AFTER = 600;
const BEFORE = 300;

/** Trace id, correlation id and timestamp nearest the code, preferring those that follow it. */
export function ticketContext(text: string, start: number, end: number): TicketContext | undefined {
  const after = text.slice(start, end + AFTER);
  const before = text.slice(Math.max(0, start - BEFORE), start);
  const found: TicketContext = {};
  for (const [key, pattern] of FIELDS) {
    const value = pattern.exec(after)?.[1] ?? lastMatch(pattern, before);
    if (value) found[key] = value;
  }
  return Object.keys(found).length ? found : undefined;
}

function lastMatch(pattern: RegExp, text: string): string | undefined {
  let value: string | undefined;
  for (const m of text.matchAll(new RegExp(pattern.source, 'gi'))) value = m[1];
  return value;
}
