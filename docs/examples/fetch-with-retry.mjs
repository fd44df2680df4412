// A fetch wrapper that retries what is worth retrying, when the server says, and gives up with a
// message a person can read. Run it: `npx node docs/examples/fetch-with-retry.mjs` (after `npm run build`):
// it starts a loopback server that answers GET with 503 (Retry-After: 1) twice, then 200, and POST with 502.
import { createServer } from 'node:http';
import { Classifier, nextDelay } from 'errata/classify';
import summary from 'errata/data/summary.json' with { type: 'json' };

const errata = new Classifier(summary, { docsBase: 'https://errors.example.com' });

/** A failed request, with the decision attached: `userMessage` for the screen, `developerMessage` for the log. */
export class RequestFailed extends Error {
  constructor(decision) {
    super(decision.developerMessage);
    this.name = 'RequestFailed';
    this.decision = decision;
  }
}

export async function fetchWithRetry(url, init = {}, { maxWaitMs = 60_000, onRetry } = {}) {
  const method = init.method ?? 'GET';
  for (let attempt = 1; ; attempt++) {
    let failure;
    try {
      const response = await fetch(url, init);
      if (response.ok) return response;
      failure = response;
    } catch (err) {
      failure = err; // refused, reset, timed out, offline: classify reads these too
    }
    const decision = errata.classify(failure, { method });
    const delay = nextDelay(decision.retry, attempt, { maxWaitMs });
    if (delay === undefined) throw new RequestFailed(decision);
    onRetry?.(decision, delay);
    await failure.body?.cancel(); // free the connection before trying again
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

// The demonstration: a server that is busy twice, then answers.
if (import.meta.url === `file://${process.argv[1]}`) {
  let calls = 0;
  const server = createServer((req, res) => {
    if (req.method === 'POST') return void res.writeHead(502).end();
    calls++;
    if (calls <= 2) res.writeHead(503, { 'retry-after': '1' }).end();
    else res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    const response = await fetchWithRetry(url, {}, { onRetry: (d, ms) => console.log(`retrying in ${ms} ms: ${d.id} — ${d.userMessage}`) });
    console.log(`got ${response.status}: ${await response.text()}`);
    // A POST that fails with 502 is not repeated: it may have had its effect.
    await fetchWithRetry(url, { method: 'POST' }).catch((err) => console.log(`POST gave up: ${err.decision.userMessage}`));
  } finally {
    server.close();
  }
}
