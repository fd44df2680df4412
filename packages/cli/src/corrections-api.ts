import {
  type Correction,
  CorrectionList,
  type CorrectionResolution,
  Correction as CorrectionSchema,
  type CorrectionStatus,
} from 'errata/schema';
import { CliError, EXIT } from './exit.js';

/**
 * The moderation API of a running Errata server (GET/PATCH /api/v1/corrections). The CLI goes through the
 * server rather than opening the database itself: one implementation of the store and its rules, the same
 * checks as the moderation page, and it works the same against a remote deployment as against `npm start`.
 */
export class CorrectionsApi {
  constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** From --url or ERRATA_URL (default http://localhost:4321) and ERRATA_ADMIN_TOKEN. */
  static fromEnv(url: string | undefined, env: NodeJS.ProcessEnv = process.env): CorrectionsApi {
    const base = url ?? env.ERRATA_URL ?? 'http://localhost:4321';
    try {
      if (!/^https?:$/.test(new URL(base).protocol)) throw new Error();
    } catch {
      throw new CliError(`--url must be an http:// or https:// address, not "${base}"`);
    }
    const token = env.ERRATA_ADMIN_TOKEN?.trim();
    if (!token)
      throw new CliError("set ERRATA_ADMIN_TOKEN to the server's admin token (it is read from the environment, never from a flag)");
    return new CorrectionsApi(base.replace(/\/+$/, ''), token);
  }

  async list(status: CorrectionStatus | 'all', limit: number): Promise<CorrectionList> {
    const body = await this.call('GET', `/api/v1/corrections?${new URLSearchParams({ status, limit: String(limit) })}`);
    return CorrectionList.parse(body);
  }

  /** The report, or undefined when the server has none with this id. */
  async show(id: string): Promise<Correction | undefined> {
    const body = await this.call('GET', `/api/v1/corrections/${encodeURIComponent(id)}`, undefined, [404]);
    return body === undefined ? undefined : CorrectionSchema.parse(body);
  }

  async resolve(id: string, resolution: CorrectionResolution): Promise<Correction | undefined> {
    const body = await this.call('PATCH', `/api/v1/corrections/${encodeURIComponent(id)}`, resolution, [404]);
    return body === undefined ? undefined : CorrectionSchema.parse(body);
  }

  /** One request; the server's own error message on failure, undefined for an allowed status such as 404. */
  private async call(method: string, path: string, body?: unknown, allowed: number[] = []): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          accept: 'application/json',
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new CliError(`cannot reach the Errata server at ${this.baseUrl} (${cause}); start it with \`npm start\` or pass --url`);
    }
    const text = await response.text();
    if (allowed.includes(response.status)) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CliError(`${this.baseUrl} answered ${response.status} without JSON: is it an Errata server?`);
    }
    if (!response.ok) {
      const message = (parsed as { error?: unknown })?.error;
      throw new CliError(`the server refused (${response.status}): ${typeof message === 'string' ? message : text.slice(0, 200)}`);
    }
    return parsed;
  }
}

/** Ends the command with exit 1 (nothing found). */
export const notFound = (id: string) => new CliError(`no report has the id ${id}`, EXIT.nothing);
