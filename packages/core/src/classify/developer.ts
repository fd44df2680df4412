import type { Decision, Reading } from './types.js';

/**
 * One line for logs and developers: what it is (id and title), who must act, the retry verdict, and the
 * facts read from the input — status, method, gRPC details, other codes, unknown codes with their
 * official lookup, and the ids a support ticket needs.
 */
export function developerMessage(d: Decision, reading: Reading): string {
  const what = d.id ?? d.systemCode ?? 'No known error code';
  const head = d.title ? `${what} (${d.title})` : what;
  const parts = [d.summary ? `${head}: ${d.summary.replace(/\.$/, '')}` : head];
  if (!d.known && d.id) parts.push(`Not in Errata's catalog${d.docsUrl ? `; see ${d.docsUrl}` : ''}`);
  const facts = [
    d.status !== undefined && !d.id?.startsWith('http/') ? `HTTP ${d.status}` : '',
    reading.method ? `method ${reading.method.toUpperCase()}` : '',
    d.systemCode && d.id ? `system code ${d.systemCode}` : '',
    reading.detail ? `details: ${reading.detail.slice(0, 300)}` : '',
  ].filter(Boolean);
  if (facts.length) parts.push(capitalise(facts.join('; ')));
  if (d.actor) parts.push(`Who acts: ${d.actor}`);
  parts.push(`Retry: ${retryText(d)}`);
  const others = d.codes.slice(1).map((c) => (c.known ? c.id : `${c.id} (unknown${c.lookupUrl ? `, see ${c.lookupUrl}` : ''})`));
  if (others.length) parts.push(`Also read: ${others.join(', ')}`);
  const ids = (
    [
      ['correlationId', 'correlation id'],
      ['traceId', 'trace id'],
      ['timestamp', 'timestamp'],
    ] as const
  ).flatMap(([key, label]) => (d.context?.[key] ? [`${label} ${d.context[key]}`] : []));
  if (ids.length) parts.push(capitalise(ids.join(', ')));
  return `${parts.join('. ')}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function retryText(d: Decision): string {
  const r = d.retry;
  if (!r.retryable) return d.advice && d.advice !== 'not-applicable' ? `no (${d.advice})` : 'no';
  const when = r.afterMs !== undefined ? `after ${r.afterMs} ms as the server asked` : 'with jittered backoff';
  return `yes, ${when}, up to ${r.maxAttempts} attempts${r.onlyIfIdempotent ? ', only if the call is idempotent' : ''}`;
}
