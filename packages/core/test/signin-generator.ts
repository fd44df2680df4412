import type { Verdict } from '../src/diagnose/schema.js';
import { DEVICES, FIRST, LAST, PLACES, REASONS } from './signin-vocabulary.js';

/**
 * Realistic Entra sign-in logs with planted scenarios and their known truth, deterministic for a seed.
 * A tenant of users signs in to apps over a window; background apps carry only everyday noise (MFA
 * prompts people complete, "keep me signed in?", the odd wrong password or declined prompt), and each
 * planted app carries one scenario on top. `truth` says which findings each app must produce: the
 * planted ones exactly, the background apps none. Records are Graph signIn objects; signin-formats.ts
 * writes them in every export format.
 */

/** A Graph `signIn` (beta-like, trimmed to what exports carry). */
export interface GraphSignIn {
  id: string;
  createdDateTime: string;
  userDisplayName: string;
  userPrincipalName: string;
  userId: string;
  appId: string;
  appDisplayName: string;
  ipAddress: string;
  clientAppUsed: string;
  userAgent: string;
  correlationId: string;
  conditionalAccessStatus: string;
  isInteractive: boolean;
  signInEventTypes: string[];
  userType: string;
  resourceDisplayName: string;
  resourceId: string;
  status: { errorCode: number; failureReason: string | null; additionalDetails: string | null };
  deviceDetail: {
    deviceId: string;
    displayName: string;
    operatingSystem: string;
    browser: string;
    isCompliant: boolean;
    isManaged: boolean;
    trustType: string;
  };
  location: { city: string; state: string; countryOrRegion: string; geoCoordinates: Record<string, number> };
  appliedConditionalAccessPolicies: { id: string; displayName: string; enforcedGrantControls: string[]; result: string }[];
  authenticationRequirement: string;
}

export interface PlantedApp {
  appId: string;
  appName: string;
  scenario: string;
  /** Exactly the findings the app must produce (none for background apps). */
  expected: { code: number; verdict: Verdict }[];
}

export interface GeneratorOptions {
  seed?: number;
  /** Users in the tenant. Default 400. */
  users?: number;
  /** Days in the window. Default 14. */
  days?: number;
  /** Where the window ends. */
  end?: string;
  /** Ordinary sessions per user per app. Default 4. */
  sessionsPerUser?: number;
}

/** Small, fast PRNG (mulberry32): the same seed gives the same log on every machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
  const guid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  return { next, int, pick, guid, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof random>;

interface User {
  id: string;
  upn: string;
  name: string;
  device: (typeof DEVICES)[number];
  place: (typeof PLACES)[number];
}

/** One sign-in attempt: its time and the codes it went through (an MFA prompt, then success: [50074, 0]). */
interface Session {
  time: number;
  codes: number[];
  user?: User;
}

interface AppPlan {
  name: string;
  scenario: string;
  /** Share of the tenant's users who use the app (0 = no users: a service principal). */
  reach: number;
  expected: PlantedApp['expected'];
  /** The sessions of one user, given their index among the app's users and the app's ordinary sessions. */
  sessions?: (i: number, n: number, ordinary: () => Session[], ctx: Context) => Session[];
  /** Sign-ins without a user (service principals). */
  unattended?: (ctx: Context) => Session[];
}

interface Context {
  rng: Rng;
  start: number;
  end: number;
  at: (fraction: number) => number;
}

const HOUR = 3_600_000;
/** Users share = round(n * share): the first that many of an app's users get the scenario. */
const first = (i: number, n: number, share: number) => i < Math.round(n * share);

/** Background apps (noise only) and planted apps (one scenario each). */
export const PLANS: AppPlan[] = [
  { name: 'Microsoft Teams', scenario: 'background', reach: 0.9, expected: [] },
  { name: 'Office 365 SharePoint Online', scenario: 'background', reach: 0.7, expected: [] },
  { name: 'Contoso Intranet', scenario: 'background', reach: 0.5, expected: [] },
  { name: 'Azure Portal', scenario: 'background', reach: 0.15, expected: [] },
  {
    name: 'Contoso Expense Insights',
    scenario: 'most users decline consent (policy or scope design)',
    reach: 0.12,
    expected: [{ code: 65004, verdict: 'tenant-policy-or-scope-design' }],
    sessions: (i, n, ordinary) => (first(i, n, 0.85) ? ordinary().map((s) => ({ ...s, codes: [65004] })) : ordinary()),
  },
  {
    name: 'Fabrikam Board Portal',
    scenario: 'only an admin can consent (90095)',
    reach: 0.1,
    expected: [{ code: 90095, verdict: 'tenant-policy-or-scope-design' }],
    sessions: (i, n, ordinary) => (first(i, n, 0.6) ? ordinary().map((s) => ({ ...s, codes: [90095] })) : ordinary()),
  },
  {
    name: 'Northwind Timesheets',
    scenario: 'a few users leave the consent prompt, most come back',
    reach: 0.4,
    expected: [{ code: 65004, verdict: 'consent-ux-abandonment' }],
    sessions: (i, n, ordinary) => {
      const s = ordinary();
      if (!first(i, n, 0.12)) return s;
      const [head, ...rest] = s.sort((a, b) => a.time - b.time);
      // Three in four come back and consent on a later visit; the rest never return.
      return head ? [{ ...head, codes: [65004] }, ...(i % 4 !== 3 ? rest : [])] : s;
    },
  },
  {
    name: 'Tailspin Reports',
    scenario: 'a new permission without consent: 65001 from one moment on',
    reach: 0.2,
    expected: [{ code: 65001, verdict: 'consent-not-granted' }],
    sessions: (i, n, ordinary, { at }) => {
      const onset = at(0.6);
      return ordinary().map((s) => (s.time >= onset && !first(i, n, 0.1) ? { ...s, codes: [65001] } : s));
    },
  },
  {
    name: 'Contoso HR Self-Service',
    scenario: 'wrong passwords and lockouts',
    reach: 0.25,
    expected: [
      { code: 50126, verdict: 'user-credentials' },
      { code: 50053, verdict: 'user-credentials' },
    ],
    sessions: (i, n, ordinary, { rng }) => {
      const s = ordinary();
      if (!first(i, n, 0.2)) return s;
      const bad = {
        time: (s[0]?.time ?? 0) - HOUR,
        codes: i % 3 === 0 ? [50126, 50126, 50126, 50053] : [50126, ...(rng.chance(0.5) ? [50126] : [])],
      };
      return [bad, ...s];
    },
  },
  {
    name: 'Litware CRM',
    scenario: 'Conditional Access blocks unmanaged devices',
    reach: 0.2,
    expected: [{ code: 53003, verdict: 'mfa-or-conditional-access' }],
    sessions: (i, n, ordinary) => (first(i, n, 0.3) ? ordinary().map((s) => ({ ...s, codes: [53003] })) : ordinary()),
  },
  {
    name: 'Woodgrove VPN',
    scenario: 'MFA prompts people do not get through',
    reach: 0.15,
    expected: [{ code: 50076, verdict: 'mfa-or-conditional-access' }],
    sessions: (i, n, ordinary) =>
      first(i, n, 0.45) ? ordinary().map((s, k) => ({ ...s, codes: i % 4 === 0 && k > 1 ? [50076, 0] : [50076] })) : ordinary(),
  },
  {
    name: 'Adatum Field App',
    scenario: 'redirect URI mismatch for the mobile build',
    reach: 0.15,
    expected: [{ code: 50011, verdict: 'app-misconfiguration' }],
    sessions: (i, n, ordinary) => (first(i, n, 0.35) ? ordinary().map((s) => ({ ...s, codes: [50011] })) : ordinary()),
  },
  {
    name: 'Contoso Nightly Sync',
    scenario: 'a service principal whose secret expired',
    reach: 0,
    expected: [{ code: 7000222, verdict: 'app-misconfiguration' }],
    unattended: ({ start, end, at }) => {
      const runs: Session[] = [];
      for (let t = start + 2 * HOUR; t < end; t += 6 * HOUR) runs.push({ time: t, codes: [t >= at(0.5) ? 7000222 : 0] });
      return runs;
    },
  },
  {
    name: 'Contoso Wiki',
    scenario: 'a one-hour service outage',
    reach: 0.3,
    expected: [{ code: 90033, verdict: 'service-side' }],
    sessions: (i, n, ordinary, { at, rng }) => {
      const s = ordinary();
      return first(i, n, 0.4) ? [{ time: at(0.3) + rng.int(HOUR), codes: [90033] }, ...s] : s;
    },
  },
];

/** Everyday noise, in every app: MFA prompts completed, KMSI, and the odd failure, never enough to stand out. */
function ordinarySession(time: number, rng: Rng): Session {
  const r = rng.next();
  if (r < 0.1) return { time, codes: [50074, 0] };
  if (r < 0.15) return { time, codes: [50140, 0] };
  return { time, codes: [0] };
}

/** A few users (under 2% of an app's users, at least one) hit each noise code once, then sign in. */
const NOISE_CODES = [50126, 65001, 65004, 50058, 16000, 700082, 90033, 53003];

export interface GeneratedLog {
  records: GraphSignIn[];
  apps: PlantedApp[];
}

/** The whole log in memory, newest first (as Graph returns it). For tests; use streamSignIns for big ones. */
export function generateSignIns(options: GeneratorOptions = {}): GeneratedLog {
  const records = [...streamSignIns(options)];
  records.sort((a, b) => (a.createdDateTime < b.createdDateTime ? 1 : a.createdDateTime > b.createdDateTime ? -1 : 0));
  return { records, apps: plannedApps(options.seed ?? 1) };
}

/** The apps with their ids and truth, for a seed. */
export function plannedApps(seed = 1): PlantedApp[] {
  const rng = random(seed * 7919);
  return PLANS.map((p) => ({ appId: rng.guid(), appName: p.name, scenario: p.scenario, expected: p.expected }));
}

/** Sign-ins one user at a time, never all in memory: for logs of any size (the benchmark's million). */
export function* streamSignIns(options: GeneratorOptions = {}): Generator<GraphSignIn> {
  const seed = options.seed ?? 1;
  const rng = random(seed);
  const end = Date.parse(options.end ?? '2026-11-20T00:00:00Z');
  const start = end - (options.days ?? 14) * 24 * HOUR;
  const ctx: Context = { rng, start, end, at: (f) => start + f * (end - start) };
  const perUser = options.sessionsPerUser ?? 4;
  const users: User[] = Array.from({ length: options.users ?? 400 }, (_, i) => {
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] as string;
    const n = Math.floor(i / (FIRST.length * LAST.length));
    return {
      id: rng.guid(),
      upn: `${first}.${last}${n || ''}@contoso.com`.toLowerCase(),
      name: `${first} ${last}`,
      device: rng.pick(DEVICES),
      place: rng.pick(PLACES),
    };
  });
  const apps = plannedApps(seed);
  for (const [k, plan] of PLANS.entries()) {
    const app = apps[k] as PlantedApp;
    if (plan.unattended) {
      for (const s of plan.unattended(ctx)) yield* toRecords(s, app, undefined, rng, false);
      continue;
    }
    // Each app reaches its own slice of the tenant, so users overlap across apps as in life.
    const offset = rng.int(users.length);
    const count = Math.round(users.length * plan.reach);
    const noisy = new Map<number, number>();
    for (const code of NOISE_CODES) for (let j = Math.max(1, Math.floor(count * 0.02)); j > 0; j--) noisy.set(rng.int(count), code);
    for (let i = 0; i < count; i++) {
      const user = users[(offset + i) % users.length] as User;
      const ordinary = () => Array.from({ length: 1 + rng.int(perUser * 2) }, () => ordinarySession(workingTime(ctx), rng));
      const sessions = plan.sessions ? plan.sessions(i, count, ordinary, ctx) : ordinary();
      const noise = noisy.get(i);
      if (noise !== undefined) sessions.push({ time: workingTime(ctx), codes: [noise, 0] });
      for (const s of sessions) yield* toRecords(s, app, user, rng, true);
    }
  }
}

/** A time in the window, mostly during working hours. */
function workingTime({ rng, start, end }: Context): number {
  const day = start + rng.int(Math.floor((end - start) / (24 * HOUR))) * 24 * HOUR;
  return day + (7 + rng.int(11)) * HOUR + rng.int(HOUR);
}

function* toRecords(s: Session, app: PlantedApp, user: User | undefined, rng: Rng, interactive: boolean): Generator<GraphSignIn> {
  const correlationId = rng.guid();
  for (const [k, code] of s.codes.entries()) {
    const device = user?.device ?? { os: '', browser: '', ua: '', client: '' };
    yield {
      id: `${rng.guid().slice(0, 34)}00`,
      createdDateTime: new Date(s.time + k * 20_000).toISOString().replace('.000Z', 'Z'),
      userDisplayName: user?.name ?? '',
      userPrincipalName: user?.upn ?? '',
      userId: user?.id ?? '',
      appId: app.appId,
      appDisplayName: app.appName,
      ipAddress: `198.51.100.${1 + rng.int(254)}`,
      clientAppUsed: device.client,
      userAgent: device.ua,
      correlationId,
      conditionalAccessStatus: code === 53003 ? 'failure' : 'notApplied',
      isInteractive: interactive,
      signInEventTypes: [interactive ? 'interactiveUser' : 'servicePrincipal'],
      userType: 'member',
      resourceDisplayName: 'Microsoft Graph',
      resourceId: '00000003-0000-0000-c000-000000000000',
      status: { errorCode: code, failureReason: REASONS[code] ?? 'Other.', additionalDetails: null },
      deviceDetail: {
        deviceId: '',
        displayName: '',
        operatingSystem: device.os,
        browser: device.browser,
        isCompliant: false,
        isManaged: false,
        trustType: '',
      },
      location: user?.place ?? (PLACES[0] as GraphSignIn['location']),
      appliedConditionalAccessPolicies:
        code === 53003
          ? [
              {
                id: 'a1b2c3d4-0000-4000-8000-000000000053',
                displayName: 'Require compliant device',
                enforcedGrantControls: ['RequireCompliantDevice'],
                result: 'failure',
              },
            ]
          : [],
      authenticationRequirement: code === 50074 || code === 50076 ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    };
  }
}
