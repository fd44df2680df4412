import type { Matcher, Provider } from '../schema/index.js';

/** A provider's matcher, ready to run. */
export interface CompiledMatcher {
  provider: string;
  matcher: Matcher;
  boost: string[];
  penalty: string[];
}

/** All matchers that share a case mode, fused into one regular expression so the text is read once. */
export interface MatcherSet {
  regex: RegExp;
  /** `matchers[i]` owns capture group `i + 1`. */
  matchers: CompiledMatcher[];
}

/** Why a matcher pattern cannot run safely, or undefined when it can. */
export function matcherProblem(pattern: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch (err) {
    return `not a valid regular expression: ${(err as Error).message}`;
  }
  const groups = new RegExp(`${pattern}|`).exec('')?.length ?? 1;
  if (!/\(\?<code>/.test(pattern)) return 'needs a capturing group named code: (?<code>...)';
  if (groups !== 2) return 'may hold only the one capturing group named code; make the others (?:...)';
  if (/\\[1-9]|\\k</.test(pattern)) return 'backreferences can take exponential time; remove them';
  if (NESTED_QUANTIFIER.test(pattern)) return 'a quantified group contains a quantifier, which can backtrack catastrophically; flatten it';
  void regex;
  return undefined;
}

/** A group with a quantifier inside that is itself quantified: (a+)+, (?:\s*x)*, ... */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;

/** Fuses every provider's matchers into at most two regular expressions (case-sensitive and not). */
export function compileMatchers(providers: readonly Provider[]): MatcherSet[] {
  const sets: MatcherSet[] = [];
  for (const ignoreCase of [false, true]) {
    const matchers = providers.flatMap((p) =>
      p.matchers
        .filter((m) => m.ignoreCase === ignoreCase && !matcherProblem(m.pattern))
        .map((m) => ({
          provider: p.id,
          matcher: m,
          boost: m.boostWords.map((w) => w.toLowerCase()),
          penalty: m.penaltyWords.map((w) => w.toLowerCase()),
        })),
    );
    if (!matchers.length) continue;
    const source = matchers.map((m) => `(?:${m.matcher.pattern.replace('(?<code>', '(')})`).join('|');
    sets.push({ regex: new RegExp(source, ignoreCase ? 'gi' : 'g'), matchers });
  }
  return sets;
}
