import type { Matcher, Provider } from '../schema/index.js';

/** A provider's matcher, ready to run. */
export interface CompiledMatcher {
  provider: string;
  matcher: Matcher;
  /** Whole-word tests for the boost and penalty words. */
  boost: RegExp[];
  penalty: RegExp[];
  /** The matcher alone, sticky, to try it at one place when another matcher's find there was rejected. */
  sticky: RegExp;
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
export function compileMatchers(providers: readonly Pick<Provider, 'id' | 'matchers'>[]): MatcherSet[] {
  const sets: MatcherSet[] = [];
  for (const ignoreCase of [false, true]) {
    const matchers = providers.flatMap((p) =>
      p.matchers
        .filter((m) => m.ignoreCase === ignoreCase && !matcherProblem(m.pattern))
        .map((m) => ({
          provider: p.id,
          matcher: m,
          boost: m.boostWords.map(wholeWord),
          penalty: m.penaltyWords.map(wholeWord),
          sticky: new RegExp(m.pattern, ignoreCase ? 'iyd' : 'yd'),
        })),
    );
    if (!matchers.length) continue;
    const source = matchers.map((m) => `(?:${m.matcher.pattern.replace('(?<code>', '(')})`).join('|');
    // `d`: exact offsets of the code group, whatever else the match holds.
    sets.push({ regex: new RegExp(source, ignoreCase ? 'gid' : 'gd'), matchers });
  }
  return sets;
}

/** A word or phrase as a whole: "status" is not found inside "status_code". */
function wholeWord(word: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`, 'i');
}
